/**
 * The facade's test helpers that need the client's own types: the loopback-server extension
 * ({@link io.github.xaijava.testsupport.XaiServerExtension}) and the simulator's
 * ({@link io.github.xaijava.testsupport.SimulatedClients}), the leak checks both run
 * ({@link io.github.xaijava.testsupport.ClientChecks}), recorded and fake time, streams read
 * either way, wire JSON and event-stream answers. {@code io.github.xaijava.TestClients} stays in
 * the client's package: it reaches package-private members of {@code XaiClient}.
 *
 * <p>What needs only the JDK is in the shared test kit, package {@code io.github.xaijava.testing}
 * (module {@code testing/}), which the other modules use too. This package cannot share that
 * name, nor be below it: the tests are compiled inside the {@code io.github.xaijava} module, and
 * a package of that module hides the class path's package of the same name.
 */
package io.github.xaijava.testsupport;
