package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtensionInstanceFieldTest {
  @RegisterExtension
  final XaiSimulatorExtension xai = new XaiSimulatorExtension(XaiSimulator.builder().apiKey("xai-per-test"));

  @Test
  void instanceFieldGetsASimulatorForTheTest() {
    assertEquals("xai-per-test", xai.apiKey());
    assertEquals(200, new Http(xai.simulator()).get("/v1/models").status());
    assertEquals(1, xai.requests().size());
  }
}
