package io.github.xaijava.examples;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.WebSearchTool;

/** The responses API with xAI's web search, continued from the stored response. */
public final class WebSearch {

  private WebSearch() {
  }

  public static void main(String[] args) {
    try (XaiClient client = XaiClient.fromEnv()) {
      ModelResponse first = client.responses().create(ModelRequest.builder()
          .model("grok-4")
          .input("What is the tallest building in Bern?")
          .addTool(WebSearchTool.builder().build())
          .build());
      System.out.println(first.outputText());
      ModelResponse next = client.responses().create(ModelRequest.builder()
          .model("grok-4").previousResponseId(first.id()).input("And in Zurich?").build());
      System.out.println(next.outputText());
    }
  }
}
