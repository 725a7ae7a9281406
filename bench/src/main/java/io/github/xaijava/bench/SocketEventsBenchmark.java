package io.github.xaijava.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.sockets.ConversationTurn;
import io.github.xaijava.sockets.ResponsesConversation;
import io.github.xaijava.streaming.ResponseEvent;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A Responses WebSocket turn of 10,000 text deltas over loopback (MockWebServer's WebSocket), read
 * through {@code client.sockets().conversation(...)} — frames decoded into typed events, queued,
 * iterated, accumulated — against raw OkHttp: a {@code WebSocketListener} that parses each frame
 * with Gson into a tree. Scores are events per second; both share the server's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(SocketEventsBenchmark.EVENTS)
public class SocketEventsBenchmark {

  static final int EVENTS = 10_000;

  private MockWebServer server;
  private XaiClient client;
  private ResponsesConversation conversation;
  private OkHttpClient raw;
  private WebSocket rawSocket;
  private volatile RawTurn rawTurn;
  private final ModelRequest template = ModelRequest.builder().model("grok-4").input("").build();

  @Setup
  public void setUp() throws IOException {
    String delta = "{\"type\":\"response.output_text.delta\",\"sequence_number\":1,"
        + "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"token \"}";
    String completed = "{\"type\":\"response.completed\",\"sequence_number\":2,\"response\":"
        + "{\"id\":\"resp_1\",\"object\":\"response\",\"created_at\":1,\"model\":\"grok-4\","
        + "\"status\":\"completed\",\"output\":[]}}";
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
          @Override
          public void onMessage(WebSocket ws, String text) {
            for (int i = 0; i < EVENTS - 1; i++) {
              ws.send(delta);
            }
            ws.send(completed);
          }
        });
      }
    });
    server.start();
    client = XaiClient.create(o -> o.apiKey("xai-bench").baseUrl(server.url("/").toString()));
    conversation = client.sockets().conversation(template);
    raw = new OkHttpClient();
    // The raw contender keeps one socket too, as the conversation does.
    rawSocket = raw.newWebSocket(new Request.Builder().url(server.url("/v1/responses")).build(),
        new WebSocketListener() {
          @Override
          public void onMessage(WebSocket webSocket, String text) {
            RawTurn turn = rawTurn;
            JsonObject event = JsonParser.parseString(text).getAsJsonObject();
            turn.sink.consume(event);
            turn.count++;
            if (event.get("type").getAsString().equals("response.completed")) {
              turn.done.countDown();
            }
          }
        });
  }

  @TearDown
  public void tearDown() throws IOException {
    conversation.close();
    client.close();
    rawSocket.close(1000, null);
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    server.shutdown();
  }

  @Benchmark
  public String xaiConversationTurn(Blackhole sink) {
    ConversationTurn turn = conversation.send("Count.");
    for (ResponseEvent event : turn) {
      sink.consume(event);
    }
    return turn.response().id();
  }

  @Benchmark
  public int rawOkHttpWebSocket(Blackhole sink) throws InterruptedException {
    RawTurn turn = new RawTurn(sink);
    rawTurn = turn;
    rawSocket.send("{\"type\":\"response.create\",\"model\":\"grok-4\",\"input\":\"Count.\"}");
    turn.done.await(60, TimeUnit.SECONDS);
    return turn.count;
  }

  /** One raw turn: frames parsed with Gson on OkHttp's reader thread, counted until completed. */
  private static final class RawTurn {
    final CountDownLatch done = new CountDownLatch(1);
    final Blackhole sink;
    int count;

    RawTurn(Blackhole sink) {
      this.sink = sink;
    }
  }
}
