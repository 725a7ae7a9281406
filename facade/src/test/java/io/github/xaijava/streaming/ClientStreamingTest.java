package io.github.xaijava.streaming;

import static io.github.xaijava.testsupport.StreamTestSupport.fixture;
import static io.github.xaijava.testsupport.StreamTestSupport.sse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.errors.XaiStreamException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.testsupport.StreamTestSupport;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Streams and the client's retries: retried before the first event, never after. */
class ClientStreamingTest {

  private static final String RATE_LIMITED =
      "{\"code\":\"Some resource has been exhausted\",\"error\":\"Rate limit exceeded\"}";
  private static final ChatRequest REQUEST =
      ChatRequest.builder().model("grok-4").addUserMessage("Hi").build();

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension();

  @Test
  void httpErrorBeforeTheFirstEventIsRetriedThenStreams() {
    xai.json(429, RATE_LIMITED).enqueue(sse(fixture("chat-two-choices.sse")));
    try (ChatStream stream = xai.client().chat().stream(REQUEST)) {
      assertEquals(4, stream.stream().count());
    }
    assertEquals(2, xai.server().getRequestCount());
    assertEquals(1, xai.sleeper().sleeps().size());
  }

  @Test
  void persistentHttpErrorIsTheSameTypedExceptionAsAPlainCall() {
    XaiClient client = xai.client(b -> b.maxRetries(2));
    for (int i = 0; i < 3; i++) {
      xai.json(429, RATE_LIMITED);
    }
    RateLimitException e =
        assertThrows(RateLimitException.class, () -> client.chat().stream(REQUEST));
    assertEquals(429, e.statusCode());
    assertEquals(3, xai.server().getRequestCount());
  }

  @Test
  void truncatedStreamIsNotRetried() {
    xai.enqueue(sse(fixture("chat-truncated.sse"))).enqueue(sse(fixture("chat-two-choices.sse")));
    try (ChatStream stream = xai.client().chat().stream(REQUEST)) {
      assertThrows(XaiStreamException.class, () -> stream.forEach(c -> { }));
    }
    assertEquals(1, xai.server().getRequestCount());
  }

  @Test
  void anAnswerThatIsNotAnEventStreamIsAClearError() {
    xai.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
        .setBody("<html><body>Gateway says hi</body></html>"));
    XaiClient client = StreamTestSupport.client(xai, Duration.ofSeconds(2));
    XaiIoException e = assertThrows(XaiIoException.class, () -> client.chat().stream(REQUEST));
    assertEquals(XaiIoException.Kind.UNREADABLE_BODY, e.kind());
    assertTrue(e.getMessage().contains("text/html"), e.getMessage());
    assertTrue(e.getMessage().contains("Gateway says hi"), e.getMessage());
  }
}
