/**
 * The simulator's public port: reading request heads, relaying plain HTTP to the JDK server behind
 * it, and spotting WebSocket upgrades. Not API.
 */
package io.github.xaijava.simulator.internal.front;
