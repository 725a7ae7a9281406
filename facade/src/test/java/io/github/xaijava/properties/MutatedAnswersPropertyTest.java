package io.github.xaijava.properties;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.xaijava.XaiClient;
import io.github.xaijava.config.Timeout;
import io.github.xaijava.errors.XaiException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.streaming.ChatStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;

/**
 * Property: whatever a server does to an answer — cut it anywhere, change a byte, insert bytes —
 * a call or a stream ends within a time bound with the answer or with one of the client's typed
 * exceptions ({@link XaiException}), never with anything else (a parse error, a null pointer, a
 * hang). The answers are a real chat completion and a real chat stream, mutated at random.
 */
class MutatedAnswersPropertyTest {

  private static final String STREAM = streamOf(12);
  private static final String ANSWER = "{\"id\":\"c1\",\"object\":\"chat.completion\","
      + "\"created\":1,\"model\":\"grok-4\",\"choices\":[{\"index\":0,\"message\":{\"role\":"
      + "\"assistant\",\"content\":\"Hello there\"},\"finish_reason\":\"stop\"}],\"usage\":"
      + "{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}";

  private static MockWebServer server;
  private static XaiClient client;
  private static final ChatRequest REQUEST =
      ChatRequest.builder().model("grok-4").addUserMessage("Hi").build();

  @BeforeContainer
  static void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client = XaiClient.create(o -> o.apiKey("xai-property-key-0000")
        .baseUrl(server.url("/").toString()).maxRetries(0)
        .timeout(Timeout.builder().read(Duration.ofSeconds(2)).request(Duration.ofSeconds(5))
            .build()));
  }

  @AfterContainer
  static void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  private static String streamOf(int tokens) {
    StringBuilder sse = new StringBuilder();
    for (int i = 0; i < tokens; i++) {
      sse.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,")
          .append("\"model\":\"grok-4\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"t")
          .append(i).append(" \"}").append(i == tokens - 1 ? ",\"finish_reason\":\"stop\"" : "")
          .append("}]}\n\n");
    }
    return sse.append("data: [DONE]\n\n").toString();
  }

  /** How a body is changed: kind 0 cuts at {@code at}, 1 replaces the byte there, 2 inserts. */
  record Mutation(int kind, double at, byte value, int count) {
    byte[] apply(byte[] body) {
      int i = (int) (at * body.length);
      return switch (kind) {
        case 0 -> java.util.Arrays.copyOf(body, i);
        case 1 -> {
          byte[] b = body.clone();
          b[Math.min(i, b.length - 1)] = value;
          yield b;
        }
        default -> {
          byte[] b = new byte[body.length + count];
          System.arraycopy(body, 0, b, 0, i);
          java.util.Arrays.fill(b, i, i + count, value);
          System.arraycopy(body, i, b, i + count, body.length - i);
          yield b;
        }
      };
    }
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.doubles().between(0, 1), Arbitraries.bytes(), Arbitraries.integers().between(1, 8))
        .as(Mutation::new);
  }

  @Property(tries = 150)
  void aMutatedStreamEndsInATypedOutcome(@ForAll("mutations") Mutation mutation) {
    byte[] body = mutation.apply(STREAM.getBytes(StandardCharsets.UTF_8));
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
        .setBody(new Buffer().write(body)));
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try (ChatStream stream = client.chat().stream(REQUEST)) {
        for (ChatResponseChunk chunk : stream) {
          chunk.deltaText();
        }
        stream.accumulated();
      } catch (XaiException expected) {
        // a typed outcome
      }
    });
  }

  @Property(tries = 150)
  void aMutatedAnswerEndsInATypedOutcome(@ForAll("mutations") Mutation mutation) {
    byte[] body = mutation.apply(ANSWER.getBytes(StandardCharsets.UTF_8));
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody(new Buffer().write(body)));
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        client.chat().create(REQUEST).text();
      } catch (XaiException expected) {
        // a typed outcome
      }
    });
  }
}
