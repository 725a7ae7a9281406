package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(XaiSimulatorExtension.class)
class ExtensionInjectionTest {
  private XaiSimulator fromSetUp;

  @BeforeEach
  void setUp(XaiSimulator sim) {
    fromSetUp = sim;
  }

  @Test
  void simulatorIsInjected(XaiSimulator sim) {
    assertSame(fromSetUp, sim);
    assertEquals(XaiSimulator.DEFAULT_API_KEY, sim.apiKey());
    assertEquals(200, new Http(sim).get("/v1/models").status());
  }

  @Test
  void stateIsResetBeforeEachTest(XaiSimulator sim) {
    assertEquals(0, sim.requestCount());
    new Http(sim).get("/v1/models");
  }
}
