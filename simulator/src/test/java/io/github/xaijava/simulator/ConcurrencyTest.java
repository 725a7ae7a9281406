package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @Test
  void twoHundredConcurrentStreamsAllComplete() throws Exception {
    // A drip keeps every stream open long enough that all of them run at once.
    xai.faults().always().drip(Duration.ofMillis(5));
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(xai.baseUrl() + "/v1/chat/completions"))
          .header("Authorization", "Bearer " + xai.apiKey()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"grok-3\",\"stream\":true,\"messages\":"
              + "[{\"role\":\"user\",\"content\":\"question " + i + "\"}]}"))
          .build();
      calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(45, TimeUnit.SECONDS);
    for (int i = 0; i < calls.size(); i++) {
      HttpResponse<String> r = calls.get(i).get();
      assertEquals(200, r.statusCode());
      assertTrue(r.body().endsWith("data: [DONE]\n\n"));
      assertTrue(r.body().contains("\"content\":\" " + i + "\""), "each stream answers its own question");
    }
    assertEquals(200, xai.requests().size());
  }
}
