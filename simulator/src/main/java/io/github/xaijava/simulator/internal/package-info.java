/**
 * The simulator's machinery: HTTP plumbing, JSON and schema handling, in-memory stores and the route
 * handlers. Not API: anything here may change without notice; use {@link
 * io.github.xaijava.simulator.XaiSimulator} instead.
 */
package io.github.xaijava.simulator.internal;
