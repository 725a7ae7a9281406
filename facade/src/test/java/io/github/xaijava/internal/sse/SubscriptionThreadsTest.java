package io.github.xaijava.internal.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.internal.errors.Redactor;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamSubscription;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A push-style stream whose answer is already in when the caller subscribes (a fast server, a
 * slow caller) is read on a reader thread: subscribing returns at once, and the caller's thread
 * never reads the stream.
 */
class SubscriptionThreadsTest {

  private static final String CHUNK = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\","
      + "\"created\":1,\"model\":\"grok-4\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}\n\n";

  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient http = new OkHttpClient();
  private final ExecutorService readers = Executors.newSingleThreadExecutor(r -> new Thread(r, "reader"));

  @AfterEach
  void stop() throws Exception {
    readers.shutdownNow();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.shutdown();
  }

  @Test
  void anAnswerAlreadyInIsReadOnAReaderNotOnTheCallersThread() throws Exception {
    // 50 chunks, one every 100 ms: reading them all takes 5 s.
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
        .setBody(CHUNK.repeat(50) + "data: [DONE]\n\n")
        .throttleBody(CHUNK.length(), 100, TimeUnit.MILLISECONDS));
    Response open = http.newCall(new Request.Builder().url(server.url("/v1/chat/completions")).build())
        .execute();
    Streams streams = new Streams(new Redactor("xai-test-key"), readers);
    List<String> threads = new CopyOnWriteArrayList<>();

    StreamSubscription sub = streams.subscribe(CompletableFuture.completedFuture(open), streams::chat,
        new StreamHandler<ChatResponseChunk>() {
          @Override
          public void onEvent(ChatResponseChunk event) {
            threads.add(Thread.currentThread().getName());
          }
        }, null);
    // Read on the caller's thread, the whole stream would be over here, and not cancellable.
    sub.cancel();
    assertTrue(sub.completion().isCancelled(), "cancelled while the stream ran");
    readers.shutdown();
    assertTrue(readers.awaitTermination(5, TimeUnit.SECONDS), "the reader let go of the stream");
    assertTrue(threads.size() < 50, "the stream was read to its end: " + threads.size());
    for (String name : threads) {
      assertEquals("reader", name);
      assertNotEquals(Thread.currentThread().getName(), name);
    }
  }
}
