/**
 * A local simulator of xAI's REST API for tests and offline demos. Start with {@link
 * io.github.xaijava.simulator.XaiSimulator}; in JUnit 5 tests, {@link
 * io.github.xaijava.simulator.XaiSimulatorExtension}. Everything is non-null unless documented.
 */
package io.github.xaijava.simulator;
