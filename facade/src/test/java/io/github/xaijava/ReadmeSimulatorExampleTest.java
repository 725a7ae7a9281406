package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's simulator example, as a user's test class would hold it. */
class ReadmeSimulatorExampleTest {

  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @Test
  void retriesARateLimit(XaiSimulator sim) {
    sim.faults().next(1).rateLimited(Duration.ofSeconds(1));
    try (XaiClient client = XaiClient.create(o -> o.apiKey(sim.apiKey()).baseUrl(sim.baseUrl()))) {
      ChatRequest hi = ChatRequest.builder().model("grok-4").addUserMessage("Hi").build();
      assertEquals("Simulated answer to: Hi", client.chat().create(hi).text());
    }
    assertEquals(2, sim.requests().size());               // the 429, then the answer
  }
}
