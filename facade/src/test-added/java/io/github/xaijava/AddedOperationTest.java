package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.config.PollOptions;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.config.RetryPolicy;
import io.github.xaijava.errors.AuthenticationException;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.errors.UnprocessableEntityException;
import io.github.xaijava.generated.model.CreateWidgetRequest;
import io.github.xaijava.generated.model.DeferredImageResponse;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.Widget;
import io.github.xaijava.jobs.ImageJob;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.ScriptedAnswer;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.ClientChecks;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Operations a newer document adds, with no rule in {@code generated/shaping.json} and no
 * hand-written route in the simulator, called through {@link XaiClient}: the build gave them
 * default services and method names, the simulator default routes. Compiled only in the
 * {@code added-operation} profile, against a document made by
 * {@code contract/src/test/resources/additive/operations-patch.json}
 * ({@code scripts/check-additive-update.sh}): a made-up {@code /v1/widgets} service, and xAI's
 * deferred-image poll {@code GET /v1/images/{request_id}}, which our supplement described before
 * (the update retires it from {@code supplement.json}; the job keeps working).
 */
class AddedOperationTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private final ClientChecks checks = new ClientChecks();
  private boolean passed;

  private static final CreateWidgetRequest NEW_WIDGET =
      CreateWidgetRequest.builder().name("sprocket").size(3).build();

  @BeforeEach
  void start() {
    checks.start();
  }

  @AfterEach
  void finish() {
    checks.finish(passed);
  }

  /** A client as a user makes one, pointed at the simulator, with quick retries. */
  private XaiClient client(Consumer<ClientOptions.Builder> more) {
    XaiSimulator sim = xai.simulator();
    return checks.track(XaiClient.create(o -> {
      o.apiKey(XaiSimulator.DEFAULT_API_KEY).baseUrl(sim.baseUrl())
          .pollOptions(PollOptions.builder().initialInterval(Duration.ofMillis(5)).build())
          .retryPolicy(RetryPolicy.builder().maxRetries(2).initialBackoff(Duration.ofMillis(10))
              .maxBackoff(Duration.ofMillis(20)).build());
      more.accept(o);
    }));
  }

  private XaiClient client() {
    return client(o -> { });
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void createAndGetAWidgetSyncAndAsync(Both mode) {
    XaiClient client = client();

    Widget made = mode.call(() -> client.widgets().createWidget(NEW_WIDGET),
        () -> client.async().widgets().createWidget(NEW_WIDGET));
    assertFalse(made.id().isBlank(), "the default route answers a Widget with its required id: " + made);
    RecordedRequest create = xai.takeRequest();
    assertEquals("POST", create.method());
    assertEquals("/v1/widgets", create.path());
    assertTrue(create.bodyText().contains("\"name\":\"sprocket\""), create.bodyText());
    assertTrue(create.bodyText().contains("\"size\":3"), create.bodyText());

    Widget got = mode.call(() -> client.widgets().getWidget("w_1"),
        () -> client.async().widgets().getWidget("w_1"));
    assertFalse(got.id().isBlank(), got::toString);
    RecordedRequest get = xai.takeRequest();
    assertEquals("GET", get.method());
    assertEquals("/v1/widgets/w_1", get.path());
    passed = true;
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aServerErrorOnceIsRetriedAndTheCallSucceeds(Both mode) {
    XaiClient client = client();
    xai.faults().onPath("/v1/widgets/w_1").serverError(503);

    Widget got = mode.call(() -> client.widgets().getWidget("w_1"),
        () -> client.async().widgets().getWidget("w_1"));

    assertFalse(got.id().isBlank(), got::toString);
    assertEquals(2, xai.requests().size(), "the 503, then the retry: " + xai.requests());
    assertEquals(0, xai.faults().pending());
    passed = true;
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void errorsAreTheTypedExceptions(Both mode) {
    XaiClient client = client();
    xai.script().onPath("/v1/widgets/w_404")
        .enqueue(ScriptedAnswer.error(404, "Some requested entity was not found", "No widget w_404"));
    NotFoundException missing = assertThrows(NotFoundException.class, () -> mode.call(
        () -> client.widgets().getWidget("w_404"), () -> client.async().widgets().getWidget("w_404")));
    assertEquals(404, missing.statusCode());
    assertEquals(1, xai.requests().size(), "a 404 is not retried");

    XaiClient wrongKey = client(o -> o.apiKey("xai-wrong-key-0123456789"));
    AuthenticationException auth = assertThrows(AuthenticationException.class, () -> mode.call(
        () -> wrongKey.widgets().createWidget(NEW_WIDGET),
        () -> wrongKey.async().widgets().createWidget(NEW_WIDGET)));
    assertEquals(400, auth.statusCode(), "xAI (and so the simulator) answers a wrong key with 400");

    // The default route checks the body against the document's schema: size is an integer.
    RequestOptions badSize = RequestOptions.builder().bodyProperty("size", "big").build();
    assertThrows(UnprocessableEntityException.class, () -> mode.call(
        () -> client.widgets().createWidget(NEW_WIDGET, badSize),
        () -> client.async().widgets().createWidget(NEW_WIDGET, badSize)));
    passed = true;
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void theDeferredImageJobRunsOnXaisOwnStructure(Both mode) {
    // The newer document carries the poll that our supplement described: the update retired the
    // supplement's entry, and the job is generated from xAI's operation, with the same rule.
    XaiClient client = client();
    GenerateImageRequest request = GenerateImageRequest.builder().model("grok-imagine-image")
        .prompt("A lighthouse").build();
    ImageJob job = mode.call(() -> client.images().startDeferred(request),
        () -> client.async().images().startDeferred(request));
    DeferredImageResponse done = mode.call(() -> job.await(Duration.ofSeconds(10)),
        () -> job.awaitAsync(Duration.ofSeconds(10)));

    assertEquals("done", done.status());
    assertTrue(done.data().get(0).url().orElseThrow().startsWith(xai.baseUrl()), done::toString);
    RecordedRequest start = xai.takeRequest();
    assertEquals("/v1/images/generations", start.path());
    assertTrue(start.bodyText().contains("\"deferred\":true"), start.bodyText());
    assertEquals("/v1/images/" + job.requestId(), xai.takeRequest().path());
    passed = true;
  }

  @Test
  void theRawResponseHasTheStatusAndTheTypedBody() {
    XaiClient client = client();

    RawResponse<Widget> raw = client.widgets().withRawResponse().getWidget("w_1");

    assertEquals(200, raw.statusCode());
    assertFalse(raw.body().id().isBlank(), raw::toString);
    assertTrue(raw.requestId().isPresent(), "the simulator sends a request id: " + raw.headers());
    passed = true;
  }
}
