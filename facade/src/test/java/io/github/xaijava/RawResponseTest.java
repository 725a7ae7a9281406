package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.XaiServerExtension;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code withRawResponse()}: the typed body with the answer's status, headers and request id. */
class RawResponseTest {

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension();

  private static final String CHAT = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,"
      + "\"model\":\"grok-4\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\","
      + "\"message\":{\"role\":\"assistant\",\"content\":\"Hi!\"}}]}";

  @ParameterizedTest
  @EnumSource(Both.class)
  void answersTheTypedBodyWithStatusHeadersAndRequestId(Both mode) throws Exception {
    XaiClient client = xai.client();
    xai.enqueue(new MockResponse().setResponseCode(201).setHeader("x-request-id", "req_42")
        .setHeader("X-Ratelimit-Remaining", "7").addHeader("Set-Thing", "a")
        .addHeader("Set-Thing", "b").setHeader("Content-Type", "application/json").setBody(CHAT));
    ChatRequest hi = ChatRequest.builder().model("grok-4").addUserMessage("Hi").build();

    RawResponse<ChatResponse> raw = mode.call(() -> client.chat().withRawResponse().create(hi),
        () -> client.async().chat().withRawResponse().create(hi));

    assertEquals(201, raw.statusCode());
    assertEquals("req_42", raw.requestId().orElseThrow());
    assertEquals("7", raw.header("x-ratelimit-remaining").orElseThrow(), "case-insensitive");
    assertEquals(java.util.List.of("a", "b"), raw.headers().get("set-thing"));
    assertEquals("Hi!", raw.body().text());
    RecordedRequest sent = xai.server().takeRequest();
    assertEquals("POST /v1/chat/completions HTTP/1.1", sent.getRequestLine());
    assertEquals("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"model\":\"grok-4\"}",
        sent.getBody().readUtf8(), "the same request as the plain call");
    assertFalse(raw.toString().contains("Hi!"), "toString names the body's type, not its content");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void retriesAndTypedErrorsAreThoseOfThePlainCall(Both mode) {
    XaiClient client = xai.client();
    // A GET is safe to repeat: the 503 is retried, then xAI's 404 is the typed exception.
    xai.enqueue(new MockResponse().setResponseCode(503).setBody("{\"error\":\"busy\"}"));
    xai.enqueue(new MockResponse().setResponseCode(404).setHeader("x-request-id", "req_404")
        .setBody("{\"code\":\"Some requested entity was not found\",\"error\":\"no file f_1\"}"));
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> mode.call(() -> client.files().withRawResponse().retrieve("f_1"),
            () -> client.async().files().withRawResponse().retrieve("f_1")));
    assertEquals("req_404", e.requestId().orElseThrow());
    assertEquals(1, e.retryCount());
    assertEquals(2, xai.server().getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void requestOptionsApply(Both mode) throws Exception {
    XaiClient client = xai.client();
    xai.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("{\"id\":\"f_1\",\"object\":\"file\",\"bytes\":3,\"created_at\":1,"
            + "\"filename\":\"a.txt\",\"purpose\":\"assistants\"}"));
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t1").build();
    RawResponse<ModelFile> raw = mode.call(
        () -> client.files().withRawResponse().retrieve("f_1", options),
        () -> client.async().files().withRawResponse().retrieve("f_1", options));
    assertEquals("f_1", raw.body().id());
    assertEquals("t1", xai.server().takeRequest().getHeader("X-Trace"));
    assertTrue(raw.requestId().isEmpty(), "no x-request-id header: empty, not null");
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void argumentsAreCheckedBeforeAnythingIsSent(Both mode) {
    XaiClient client = xai.client();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> mode.call(() -> client.files().withRawResponse().retrieve(" "),
            () -> client.async().files().withRawResponse().retrieve(" ")));
    assertTrue(e.getMessage().contains("fileId"), e.getMessage());
    assertEquals(0, xai.server().getRequestCount());
  }
}
