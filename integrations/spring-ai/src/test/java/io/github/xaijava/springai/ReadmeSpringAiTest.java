package io.github.xaijava.springai;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatResponse;

/** The README's Spring AI block, verbatim, against the simulator. */
class ReadmeSpringAiTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @Test
  void chatClientOverXaiChatModel(XaiSimulator sim) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    ChatResponse answer;
    try (XaiClient client = XaiClient.create(o -> o.apiKey(sim.apiKey()).baseUrl(sim.baseUrl()))) {
      XaiChatModel model = XaiChatModel.builder().client(client).build();            // grok-4
      ChatClient chat = ChatClient.create(model);
      System.out.println(chat.prompt().user("What is Grok?").call().content());
      ChatResponse why = chat.prompt().user("Why?")
          .options(XaiChatOptions.builder().model("grok-3-mini").reasoningEffort("high"))
          .call().chatResponse();
      System.out.println(why.getResult().getOutput().getMetadata().get("reasoningContent"));
      answer = why;
    } finally {
      System.setOut(out);
    }
    String shown = printed.toString(StandardCharsets.UTF_8);
    assertTrue(shown.contains("What is Grok?"), shown);
    assertTrue(answer.getResult().getOutput().getText().contains("Why?"));
  }
}
