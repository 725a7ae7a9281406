package io.github.xaijava.examples;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.jobs.DeferredCompletion;
import java.time.Duration;

/** A long answer made in the background: started, its id kept, awaited. */
public final class DeferredChat {

  private DeferredChat() {
  }

  public static void main(String[] args) {
    try (XaiClient client = XaiClient.fromEnv()) {
      DeferredCompletion job = client.chat().startDeferred(ChatRequest.builder()
          .model("grok-4").addUserMessage("Write a long essay on tides.").build());
      System.out.println("request " + job.requestId());   // keep it: chat().resumeDeferred(id)
      ChatResponse done = job.await(Duration.ofMinutes(10));
      System.out.println(done.text());
    }
  }
}
