package io.github.xaijava.examples;

import io.github.xaijava.XaiClient;
import io.github.xaijava.batches.BatchRequests;
import io.github.xaijava.generated.model.AddBatchRequestsRequest;
import io.github.xaijava.generated.model.Batch;
import io.github.xaijava.generated.model.BatchResult;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.CreateBatchRequest;
import io.github.xaijava.params.PageParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Ten questions as one batch: made, filled, awaited with progress, and its results read. */
public final class BatchJob {

  private BatchJob() {
  }

  public static void main(String[] args) {
    try (XaiClient client = XaiClient.fromEnv()) {
      Batch batch = client.batches().create(CreateBatchRequest.builder().name("capitals").build());
      List<io.github.xaijava.generated.model.BatchRequest> requests = new ArrayList<>();
      for (String country : List.of("France", "Italy", "Spain", "Japan", "Peru", "Kenya",
          "Chile", "Norway", "Egypt", "Canada")) {
        requests.add(BatchRequests.chat(country, ChatRequest.builder().model("grok-4-fast")
            .addUserMessage("What is the capital of " + country + "?").build()));
      }
      client.batches().addRequests(batch.batchId(),
          AddBatchRequestsRequest.builder().batchRequests(requests).build());
      client.batches().job(batch.batchId()).await(Duration.ofHours(24), (b, state) ->
          System.out.println(state + ": " + b.state().map(c -> c.numPending().orElse(0)).orElse(0)
              + " pending"));
      for (BatchResult r : client.batches().results(batch.batchId(), PageParams.ofLimit(100))
          .autoPager()) {
        System.out.println(r.batchRequestId().orElse("?") + ": "
            + r.chatCompletion().map(c -> c.text()).orElse("failed: " + r.failure().orElse("?")));
      }
    }
  }
}
