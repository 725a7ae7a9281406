package io.github.xaijava.examples;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;

/**
 * A conversation kept on this side, nothing stored at xAI: each turn carries the ones before it,
 * the model's reasoning included (encrypted).
 */
public final class StatelessConversation {

  private StatelessConversation() {
  }

  public static void main(String[] args) {
    try (XaiClient client = XaiClient.fromEnv()) {
      ModelRequest turn = ModelRequest.builder().model("grok-4")
          .input("Pick a number between 1 and 10.").build().stateless();
      for (String next : new String[] {"Double it.", "Now add three."}) {
        ModelResponse answer = client.responses().create(turn);
        System.out.println(answer.outputText());
        turn = turn.nextTurn(answer, next);
      }
      System.out.println(client.responses().create(turn).outputText());
    }
  }
}
