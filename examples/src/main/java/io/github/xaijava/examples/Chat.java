package io.github.xaijava.examples;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;

/** One question, one answer, and what it cost. */
public final class Chat {

  private Chat() {
  }

  public static void main(String[] args) {
    try (XaiClient client = XaiClient.fromEnv()) {
      ChatResponse answer = client.chat().create(ChatRequest.builder()
          .model("grok-4-fast")
          .addSystemMessage("Answer in one sentence.")
          .addUserMessage("Why is the sky blue?")
          .build());
      System.out.println(answer.text());
      answer.usage().ifPresent(u -> System.out.println(u.totalTokens() + " tokens"));
    }
  }
}
