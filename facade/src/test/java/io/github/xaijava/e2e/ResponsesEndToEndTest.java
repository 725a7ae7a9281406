package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.generated.model.CompactRequest;
import io.github.xaijava.generated.model.CompactResponse;
import io.github.xaijava.generated.model.CompactionOutputItem;
import io.github.xaijava.generated.model.DeleteStoredCompletionResponse;
import io.github.xaijava.generated.model.InputMessage;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.params.ListOrder;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.streaming.ResponseAccumulator;
import io.github.xaijava.streaming.ResponseEvent;
import io.github.xaijava.streaming.ResponseStream;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.Received;
import io.github.xaijava.testsupport.SimulatedClients;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Responses API through the client against the simulator: stored responses (create,
 * retrieve, delete), conversation state by {@code previous_response_id}, the streamed event
 * sequence and paged input items, blocking and through {@code client.async()}.
 */
class ResponsesEndToEndTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  private static ModelRequest ask(String input) {
    return ModelRequest.builder().model("grok-4").input(input).build();
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void storedResponseIsRetrievableUntilDeleted(Both mode) {
    XaiClient client = clients.client();
    ModelRequest request = ask("Hello there");

    ModelResponse created = mode.call(() -> client.responses().create(request),
        () -> client.async().responses().create(request));
    assertEquals("Simulated answer to: Hello there", created.outputText());
    assertEquals("completed", created.status());
    assertTrue(created.store(), "stored unless asked otherwise");
    assertTrue(created.usage().orElseThrow().totalTokens() > 0);

    ModelResponse retrieved = mode.call(() -> client.responses().retrieve(created.id()),
        () -> client.async().responses().retrieve(created.id()));
    assertEquals(created.id(), retrieved.id());
    assertEquals(created.outputText(), retrieved.outputText());

    DeleteStoredCompletionResponse deleted = mode.call(
        () -> client.responses().delete(created.id()),
        () -> client.async().responses().delete(created.id()));
    assertTrue(deleted.deleted());
    assertEquals(created.id(), deleted.id());

    NotFoundException gone = assertThrows(NotFoundException.class,
        () -> mode.call(() -> client.responses().retrieve(created.id()),
            () -> client.async().responses().retrieve(created.id())));
    assertTrue(gone.errorMessage().orElseThrow().contains(created.id()), gone.errorMessage().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void previousResponseIdContinuesAStoredConversation(Both mode) {
    XaiClient client = clients.client();
    ModelRequest first = ask("My name is Ada.");
    ModelResponse r1 = mode.call(() -> client.responses().create(first),
        () -> client.async().responses().create(first));
    ModelRequest second = ask("What is my name?").toBuilder().previousResponseId(r1.id()).build();

    ModelResponse r2 = mode.call(() -> client.responses().create(second),
        () -> client.async().responses().create(second));

    assertEquals(r1.id(), r2.previousResponseId().orElseThrow());
    assertEquals("Simulated answer to: What is my name?", r2.outputText());
    JsonObject sent = JsonParser.parseString(xai.lastRequest().bodyText()).getAsJsonObject();
    assertEquals(r1.id(), sent.get("previous_response_id").getAsString());

    ModelRequest unknown = ask("Hi").toBuilder().previousResponseId("resp_nope").build();
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> mode.call(() -> client.responses().create(unknown),
            () -> client.async().responses().create(unknown)));
    assertTrue(e.errorMessage().orElseThrow().contains("resp_nope"), e.errorMessage().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void streamDeliversTheEventSequenceAndTheCompletedResponse(Both mode) {
    XaiClient client = clients.client();
    ModelRequest request = ask("Stream me a sentence");
    List<ResponseEvent> events = new ArrayList<>();
    ModelResponse completed;
    String outputText;
    if (mode == Both.SYNC) {
      try (ResponseStream stream = client.responses().stream(request)) {
        stream.forEach(events::add);
        completed = stream.completed().orElseThrow();
        outputText = stream.outputText();
      }
    } else {
      events.addAll(Received.async(
          (StreamHandler<ResponseEvent> h) -> client.async().responses().stream(request, h))
          .completed());
      ResponseAccumulator folded = new ResponseAccumulator();
      events.forEach(folded::accept);
      completed = folded.completed().orElseThrow();
      outputText = folded.outputText();
    }

    assertEquals("response.created", events.get(0).type());
    assertEquals("response.completed", events.get(events.size() - 1).type());
    assertEquals(IntStream.range(0, events.size()).boxed().map(Long::valueOf)
            .collect(Collectors.toList()),
        events.stream().map(ResponseEvent::sequenceNumber).collect(Collectors.toList()),
        "sequence numbers count from 0 without gaps");
    String deltas = events.stream()
        .filter(e -> e instanceof ResponseEvent.OutputTextDelta)
        .map(e -> ((ResponseEvent.OutputTextDelta) e).delta())
        .collect(Collectors.joining());
    assertEquals("Simulated answer to: Stream me a sentence", deltas);
    assertEquals(deltas, outputText);
    assertEquals(deltas, completed.outputText());
    assertTrue(events.stream().noneMatch(e -> e instanceof ResponseEvent.Unknown),
        "every event type the simulator sends is known");
    // The streamed response was stored like any other.
    assertEquals(deltas, client.responses().retrieve(completed.id()).outputText());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void inputItemsArePagedWithTheCallersLimitAndOrder(Both mode) {
    XaiClient client = clients.client();
    List<ModelInputPart> input = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      input.add(InputMessage.builder().role("user").content("message " + i).build());
    }
    ModelResponse stored = client.responses().create(
        ModelRequest.builder().model("grok-4").input(input).build());
    int before = xai.requests().size();
    CursorListParams twoAtATime = CursorListParams.builder().limit(2).order(ListOrder.ASC).build();

    List<String> texts = new ArrayList<>();
    if (mode == Both.SYNC) {
      client.responses().inputItems(stored.id(), twoAtATime).autoPager()
          .forEach(item -> texts.add(text(item)));
    } else {
      CompletableFuture<Void> all = client.async().responses().inputItems(stored.id(), twoAtATime)
          .thenCompose(first -> first.autoPager().forEachAsync(item -> texts.add(text(item))));
      Both.ASYNC.call(() -> null, () -> all);
    }

    assertEquals(List.of("message 1", "message 2", "message 3", "message 4", "message 5"), texts);
    List<RecordedRequest> pages = xai.requests().subList(before, xai.requests().size());
    assertEquals(3, pages.size(), "2 + 2 + 1 items, and a short page ends the walk");
    for (RecordedRequest page : pages) {
      assertEquals("/v1/responses/" + stored.id() + "/input_items", page.path());
      assertEquals("2", page.queryParameter("limit"), "the limit goes with every page");
      assertEquals("asc", page.queryParameter("order"), "the order goes with every page");
    }
    assertEquals(null, pages.get(0).queryParameter("after"));
    assertTrue(pages.get(1).queryParameter("after").startsWith("msg_"), pages.get(1).query());

    Page<ModelInputPart> newestFirst = client.responses().inputItems(stored.id());
    assertEquals("message 5", text(newestFirst.items().get(0)), "xAI's default order is newest first");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void compactionFoldsAConversationIntoOneItemThatCanBeSentOn(Both mode) {
    XaiClient client = clients.client();
    CompactRequest request = CompactRequest.builder().model("grok-4").input(List.of(
        InputMessage.builder().role("user").content("Remember the number 7.").build(),
        InputMessage.builder().role("assistant").content("I will remember 7.").build())).build();

    CompactResponse r = mode.call(() -> client.responses().compact(request),
        () -> client.async().responses().compact(request));

    assertEquals("response.compaction", r.object());
    assertEquals(1, r.output().size());
    CompactionOutputItem item = assertInstanceOf(CompactionOutputItem.class, r.output().get(0));
    // The compacted item goes on as the input of the next turn.
    ModelResponse next = client.responses().create(ModelRequest.builder().model("grok-4")
        .input(List.of(item, InputMessage.builder().role("user").content("Which number?").build()))
        .build());
    assertEquals("Simulated answer to: Which number?", next.outputText());
  }

  private static String text(ModelInputPart item) {
    return ((InputMessage) item).content().text().orElseThrow();
  }
}
