/**
 * The soak: one client, many callers, thousands of calls and streams against the simulator with
 * faults injected into a few of them, every outcome checked against the fault it was given, then
 * the client's threads, connections and heap checked for growth. {@link
 * io.github.xaijava.soak.Soak} is the driver, written once: {@code SoakTest} runs a short soak in
 * {@code mvn verify}, and the bench module's {@code SoakMain} (scripts/soak.sh) the long one,
 * from this module's test jar.
 */
package io.github.xaijava.soak;
