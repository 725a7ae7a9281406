package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.ScriptedAnswer;
import io.github.xaijava.simulator.SseEvent;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.testsupport.SimulatedClients;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How a user tests their own code with the simulator's scripted mode: queue the exact answer xAI
 * should give, run the code, then read back the request it sent and assert on its JSON. The code
 * under test here is a small {@link Summarizer}, standing in for the user's.
 */
class ScriptedAnswersTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  /** The user's code: it owns the prompt, the model and the settings; xAI owns the answer. */
  record Summarizer(XaiClient client) {
    String summarize(String text) {
      return client.chat().create(request(text)).text();
    }

    String summarizeStreaming(String text) {
      try (ChatStream stream = client.chat().stream(request(text))) {
        return stream.stream().map(ChatResponseChunk::deltaText).collect(Collectors.joining());
      }
    }

    private static ChatRequest request(String text) {
      return ChatRequest.builder()
          .model("grok-4-fast")
          .temperature(0.2)
          .maxTokens(60)
          .addSystemMessage("Summarize in one sentence.")
          .addUserMessage(text)
          .build();
    }
  }

  @Test
  void queuedAnswerComesBackAndTheSentRequestIsReadable() {
    xai.script().onPath("/v1/chat/completions").enqueue(ScriptedAnswer.json("""
        {"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000,
         "model": "grok-4-fast-reasoning",
         "choices": [{"index": 0, "finish_reason": "stop",
                      "message": {"role": "assistant", "content": "Cats sleep a lot."}}],
         "usage": {"prompt_tokens": 20, "completion_tokens": 5, "total_tokens": 25}}
        """));
    Summarizer summarizer = new Summarizer(clients.client());

    String summary = summarizer.summarize("Cats sleep twelve to sixteen hours a day.");

    assertEquals("Cats sleep a lot.", summary);
    RecordedRequest sent = xai.takeRequest();
    assertEquals("POST", sent.method());
    assertEquals("/v1/chat/completions", sent.path());
    assertEquals("Bearer " + xai.apiKey(), sent.header("Authorization"));
    JsonObject body = JsonParser.parseString(sent.bodyText()).getAsJsonObject();
    assertEquals(JsonParser.parseString("""
        {"model": "grok-4-fast", "temperature": 0.2, "max_tokens": 60,
         "messages": [
           {"role": "system", "content": "Summarize in one sentence."},
           {"role": "user", "content": "Cats sleep twelve to sixteen hours a day."}]}
        """), body, "exactly what the code asked for, nothing more");
  }

  @Test
  void queuedEventsAreStreamedAsGiven() {
    String chunk = "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"grok-4-fast-reasoning\",\"choices\":[{\"index\":0,\"delta\":%s%s}]}";
    xai.script().enqueue(ScriptedAnswer.events(
        SseEvent.data(String.format(chunk, "{\"role\":\"assistant\",\"content\":\"Cats \"}", "")),
        SseEvent.data(String.format(chunk, "{\"content\":\"nap.\"}", "")),
        SseEvent.data(String.format(chunk, "{}", ",\"finish_reason\":\"stop\"")),
        SseEvent.data("[DONE]")));

    String summary = new Summarizer(clients.client()).summarizeStreaming("Cats nap.");

    assertEquals("Cats nap.", summary);
    JsonObject body = JsonParser.parseString(xai.takeRequest().bodyText()).getAsJsonObject();
    assertEquals(true, body.get("stream").getAsBoolean(), "the stream asked for one");
  }

  @Test
  void queuedErrorBecomesTheTypedException() {
    xai.script().enqueue(ScriptedAnswer.error(429, "Some resource has been exhausted",
        "Team quota used up").withHeader("retry-after", "3600"));
    Summarizer summarizer = new Summarizer(clients.client(o -> o.maxRetries(0)));

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> summarizer.summarize("Anything"));

    assertEquals("Team quota used up", e.errorMessage().orElseThrow());
    assertEquals(java.time.Duration.ofHours(1), e.retryAfter().orElseThrow());
    assertEquals(1, xai.requests().size());
  }
}
