package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The JDK server's settings the simulator depends on. With Nagle's algorithm on, each answer's
 * body waited for the client's delayed acknowledgement of its headers: about 40 ms per call.
 */
class ServerTuningTest {
  @Test
  void naglesAlgorithmIsOffUnlessTheJvmsOwnerSaidOtherwise() {
    try (XaiSimulator sim = XaiSimulator.builder().build().start()) {
      assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
      assertEquals("10000", System.getProperty("sun.net.httpserver.maxReqHeaders"));
    }
  }
}
