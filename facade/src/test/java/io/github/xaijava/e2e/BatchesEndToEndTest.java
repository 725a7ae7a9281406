package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.batches.BatchRequests;
import io.github.xaijava.errors.BadRequestException;
import io.github.xaijava.errors.JobTimeoutException;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.generated.model.AddBatchRequestsRequest;
import io.github.xaijava.generated.model.Batch;
import io.github.xaijava.generated.model.BatchRequest;
import io.github.xaijava.generated.model.BatchRequestMetadata;
import io.github.xaijava.generated.model.BatchResult;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.CreateBatchRequest;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.jobs.BatchState;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.PageParams;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.SimulatedClients;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Batches through the client against the simulator, blocking and through {@code client.async()}:
 * made by name or from a JSONL file, filled, waited for with progress (also from another client,
 * as another process would), cancelled by the caller or by xAI, and read back as typed results
 * and request metadata, page by page.
 */
class BatchesEndToEndTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  private static List<BatchRequest> mixed() {
    return List.of(
        BatchRequests.chat("chat-1", ChatRequest.builder().model("grok-4-fast")
            .addUserMessage("What is the capital of France?").build()),
        BatchRequests.responses("resp-1", ModelRequest.builder().model("grok-4-fast")
            .input("Name a planet.").build()),
        BatchRequests.imageGeneration("img-1", GenerateImageRequest.builder()
            .model("grok-imagine-image").prompt("A lighthouse").build()),
        BatchRequests.videoGeneration("vid-1", GenerateVideoRequest.builder()
            .model("grok-imagine-video").prompt("Waves").build()),
        BatchRequests.chat("bad-1", ChatRequest.builder().model("grok-imagine-image")
            .addUserMessage("An image model cannot chat").build()),
        BatchRequests.chat("bad-2", ChatRequest.builder().model("grok-imagine-video")
            .addUserMessage("Nor can a video model").build()),
        BatchRequests.imageGeneration("bad-3", GenerateImageRequest.builder()
            .model("grok-4-fast").prompt("A chat model draws nothing").build()));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aBatchRunsToDoneAndItsResultsAreTypedByKind(Both mode) {
    XaiClient client = clients.client();
    CreateBatchRequest create = CreateBatchRequest.builder().name("nightly").build();
    Batch created = mode.call(() -> client.batches().create(create),
        () -> client.async().batches().create(create));
    String id = created.batchId();
    assertTrue(id.startsWith("batch_"), id);
    assertEquals(BatchState.LOADING, BatchState.of(created, Instant.now()));

    AddBatchRequestsRequest add = AddBatchRequestsRequest.builder().batchRequests(mixed()).build();
    mode.call(() -> {
      client.batches().addRequests(id, add);
      return null;
    }, () -> client.async().batches().addRequests(id, add));

    List<BatchState> seen = new CopyOnWriteArrayList<>();
    Batch done = mode.call(
        () -> client.batches().job(id).await(Duration.ofSeconds(30), (b, s) -> seen.add(s)),
        () -> client.async().batches().job(id).awaitAsync(Duration.ofSeconds(30), (b, s) -> seen.add(s)));
    assertEquals(BatchState.DONE, BatchState.of(done, Instant.now()));
    assertTrue(seen.size() >= 2 && seen.get(0) == BatchState.RUNNING, seen.toString());
    assertEquals(BatchState.DONE, seen.get(seen.size() - 1));
    assertEquals(7, done.state().orElseThrow().numRequests().getAsInt());
    assertEquals(4, done.state().orElseThrow().numSuccess().getAsInt());
    assertEquals(3, done.state().orElseThrow().numError().getAsInt());

    // Pages of two: four pages, every result once, in order.
    Page<BatchResult> first = mode.call(() -> client.batches().results(id, PageParams.ofLimit(2)),
        () -> client.async().batches().results(id, PageParams.ofLimit(2)));
    Map<String, BatchResult> results = new LinkedHashMap<>();
    for (BatchResult r : first.autoPager()) {
      results.put(r.batchRequestId().orElseThrow(), r);
    }
    assertEquals(List.of("chat-1", "resp-1", "img-1", "vid-1", "bad-1", "bad-2", "bad-3"),
        new ArrayList<>(results.keySet()));

    BatchResult chat = results.get("chat-1");
    assertTrue(chat.succeeded());
    assertTrue(chat.chatCompletion().orElseThrow().text().contains("France"),
        chat.chatCompletion().orElseThrow().text());
    assertTrue(chat.chatCompletion().orElseThrow().usage().orElseThrow().costInUsdTicks() > 0);
    assertTrue(results.get("resp-1").chatCompletion().isPresent(), "responses answer as chat");
    assertTrue(results.get("img-1").images().orElseThrow().data().get(0).url().orElseThrow()
        .startsWith(xai.baseUrl()));
    assertEquals("done", results.get("vid-1").answer()
        .flatMap(a -> a.videoGeneration()).orElseThrow().status());
    // The three failure shapes the sources report, each read.
    for (String failed : List.of("bad-1", "bad-2", "bad-3")) {
      BatchResult r = results.get(failed);
      assertFalse(r.succeeded(), failed);
      assertTrue(r.failure().orElseThrow().contains("not supported for batch processing"),
          r.failure().orElseThrow());
      assertTrue(r.chatCompletion().isEmpty());
    }
    assertTrue(results.get("bad-2").failure().orElseThrow().startsWith("code 3: "));

    Page<BatchRequestMetadata> requests = mode.call(() -> client.batches().requests(id),
        () -> client.async().batches().requests(id));
    Map<String, String> states = new LinkedHashMap<>();
    requests.autoPager().forEach(m -> states.put(m.batchRequestId().orElseThrow(), m.state().orElseThrow()));
    assertEquals("succeeded", states.get("chat-1"));
    assertEquals("failed", states.get("bad-1"));
    assertEquals(7, states.size());
  }

  @Test
  void anotherClientResumesTheWaitFromTheIdAlone() {
    XaiClient starter = clients.client();
    String id = starter.batches().create(CreateBatchRequest.builder().name("handoff").build()).batchId();
    starter.batches().addRequests(id, AddBatchRequestsRequest.builder().batchRequests(mixed()).build());

    XaiClient other = clients.client(o -> { });   // its own connections and poller
    Batch done = other.batches().job(id).await(Duration.ofSeconds(30));
    assertEquals(BatchState.DONE, BatchState.of(done, Instant.now()));
  }

  @Test
  void aTimeoutEndsTheWaitButNotTheBatch() {
    XaiClient client = clients.client();
    String id = client.batches().create(CreateBatchRequest.builder().name("slow").build()).batchId();
    // Nothing added: the batch stays loading, so the wait runs out.
    assertThrows(JobTimeoutException.class,
        () -> client.batches().job(id).await(Duration.ofMillis(200)));
    Batch after = client.batches().retrieve(id);
    assertTrue(after.cancelTime().isEmpty());
    assertEquals(BatchState.LOADING, BatchState.of(after, Instant.now()));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void cancellingKeepsFinishedResultsAndRefusesMoreRequests(Both mode) {
    XaiClient client = clients.client();
    String id = client.batches().create(CreateBatchRequest.builder().name("cancel me").build()).batchId();
    client.batches().addRequests(id, AddBatchRequestsRequest.builder().batchRequests(mixed()).build());
    client.batches().retrieve(id);   // one read: half of the requests finish

    Batch cancelled = mode.call(() -> client.batches().cancel(id),
        () -> client.async().batches().cancel(id));
    assertEquals(BatchState.CANCELLED, BatchState.of(cancelled, Instant.now()));
    assertTrue(cancelled.cancelTime().isPresent());
    int finished = cancelled.state().orElseThrow().numSuccess().getAsInt()
        + cancelled.state().orElseThrow().numError().getAsInt();
    assertEquals(4, finished);
    assertEquals(3, cancelled.state().orElseThrow().numCancelled().getAsInt());
    assertEquals(4, client.batches().results(id).autoPager().stream().count());
    // A cancelled batch is final: await answers at once.
    assertEquals(id, client.batches().job(id).await(Duration.ofSeconds(5)).batchId());

    BadRequestException refused = assertThrows(BadRequestException.class, () -> client.batches()
        .addRequests(id, AddBatchRequestsRequest.builder().batchRequests(mixed()).build()));
    assertTrue(refused.getMessage().contains("cancelled"), refused.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aJsonlFileBatchLoadsAndRuns(Both mode, @TempDir Path dir) {
    XaiClient client = clients.client();
    Path file = dir.resolve("requests.jsonl");
    long size = BatchRequests.writeJsonl(mixed(), file);
    assertEquals(size, sizeOf(file));
    ModelFile uploaded = client.files().upload(FileUpload.of(file));
    CreateBatchRequest create = CreateBatchRequest.builder().name("from file")
        .inputFileId(uploaded.id()).build();
    Batch created = mode.call(() -> client.batches().create(create),
        () -> client.async().batches().create(create));

    Batch done = client.batches().job(created.batchId()).await(Duration.ofSeconds(30));
    assertEquals(BatchState.DONE, BatchState.of(done, Instant.now()));
    assertEquals(7, done.state().orElseThrow().numRequests().getAsInt());
    assertEquals(uploaded.id(), done.inputFileId().orElseThrow());
    BatchResult chat = client.batches().results(created.batchId()).autoPager().stream()
        .filter(r -> r.batchRequestId().orElseThrow().equals("chat-1")).findFirst().orElseThrow();
    assertTrue(chat.succeeded());

    BadRequestException sealed = assertThrows(BadRequestException.class, () -> client.batches()
        .addRequests(created.batchId(), AddBatchRequestsRequest.builder().batchRequests(mixed()).build()));
    assertTrue(sealed.getMessage().contains("file"), sealed.getMessage());
  }

  @Test
  void anUnreadableFileMakesXaiCancelTheBatch() {
    XaiClient client = clients.client();
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    BatchRequests.writeJsonl(mixed().subList(0, 2), jsonl);
    jsonl.writeBytes("not json\n".getBytes(StandardCharsets.UTF_8));
    ModelFile uploaded = client.files().upload(FileUpload.of(jsonl.toByteArray(), "broken.jsonl"));
    String id = client.batches().create(CreateBatchRequest.builder().name("broken")
        .inputFileId(uploaded.id()).build()).batchId();

    Batch finished = client.batches().job(id).await(Duration.ofSeconds(30));
    assertEquals(BatchState.CANCELLED_BY_XAI, BatchState.of(finished, Instant.now()));
    assertTrue(finished.cancelByXaiMessage().orElseThrow().contains("line 3"),
        finished.cancelByXaiMessage().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void batchesListPageByPageAndAnUnknownOneIsNotFound(Both mode) {
    XaiClient client = clients.client();
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      made.add(client.batches().create(CreateBatchRequest.builder().name("b" + i).build()).batchId());
    }
    Page<Batch> first = mode.call(() -> client.batches().list(PageParams.ofLimit(2)),
        () -> client.async().batches().list(PageParams.ofLimit(2)));
    assertEquals(2, first.items().size());
    List<String> listed = first.autoPager().stream().map(Batch::batchId).toList();
    assertTrue(listed.containsAll(made) && listed.size() == made.size(), listed.toString());

    assertThrows(NotFoundException.class, () -> client.batches().retrieve("batch_nope"));
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
