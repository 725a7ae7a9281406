package io.github.xaijava.langchain4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.service.AiServices;
import io.github.xaijava.XaiClient;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's LangChain4j block, verbatim, against the simulator. */
class ReadmeLangChain4jTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  interface Assistant {
    String chat(String message);
  }

  @Test
  void aiServiceOverXaiChatModel(XaiSimulator sim) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try (XaiClient client = XaiClient.create(o -> o.apiKey(sim.apiKey()).baseUrl(sim.baseUrl()))) {
      XaiChatModel model = XaiChatModel.builder().client(client).modelName("grok-4").build();
      Assistant assistant = AiServices.create(Assistant.class, model);   // your interface
      System.out.println(assistant.chat("What is Grok?"));
    } finally {
      System.setOut(out);
    }
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("What is Grok?"));
  }
}
