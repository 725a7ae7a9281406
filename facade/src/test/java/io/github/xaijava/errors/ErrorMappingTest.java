package io.github.xaijava.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every error shape of xai-wire-facts.md yields the right typed exception, through the blocking
 * and the asynchronous path alike.
 */
class ErrorMappingTest {

  private static final RequestOptions NO_RETRY = RequestOptions.builder().maxRetries(0).build();

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension();

  /** Fails the call both ways, checks both map alike, and returns the exception. */
  private XaiApiException fail(int status, String body, String... headers) {
    MockResponse r = new MockResponse().setResponseCode(status).setBody(body)
        .setHeader("x-request-id", "req-" + status);
    for (int i = 0; i < headers.length; i += 2) {
      r.setHeader(headers[i], headers[i + 1]);
    }
    for (Both m : Both.values()) {
      xai.enqueue(r.clone());
    }
    XaiApiException sync = assertThrows(XaiApiException.class,
        () -> Both.SYNC.call(() -> xai.client().models().get("grok-beta", NO_RETRY),
            () -> xai.client().async().models().get("grok-beta", NO_RETRY)));
    XaiApiException async = assertThrows(XaiApiException.class,
        () -> Both.ASYNC.call(() -> xai.client().models().get("grok-beta", NO_RETRY),
            () -> xai.client().async().models().get("grok-beta", NO_RETRY)));
    assertEquals(sync.getClass(), async.getClass());
    assertEquals(sync.getMessage(), async.getMessage());
    assertEquals(sync.headers(), async.headers());
    return sync;
  }

  @Test
  void notFoundHasFieldsAndReadableMessage() {
    String body = "{\"code\":\"Some requested entity was not found\","
        + "\"error\":\"The model grok-beta was deprecated\"}";
    XaiApiException e = fail(404, body, "Content-Type", "application/json");
    assertInstanceOf(NotFoundException.class, e);
    assertEquals(404, e.statusCode());
    assertEquals("Some requested entity was not found", e.code().orElseThrow());
    assertEquals("The model grok-beta was deprecated", e.errorMessage().orElseThrow());
    assertEquals("req-404", e.requestId().orElseThrow());
    assertEquals(body, e.rawBody());
    assertEquals("application/json", e.header("content-type").orElseThrow());
    assertEquals("HTTP 404 (Some requested entity was not found): The model grok-beta was "
        + "deprecated [request-id req-404]", e.getMessage());
    assertEquals(0, e.retryCount());
  }

  @Test
  void badRequestIsBadRequest() {
    XaiApiException e = fail(400, "{\"code\":\"Client specified an invalid argument\","
        + "\"error\":\"Argument not supported: presence_penalty\"}");
    assertInstanceOf(BadRequestException.class, e);
    assertEquals("Argument not supported: presence_penalty", e.errorMessage().orElseThrow());
  }

  @Test
  void wrongKeyAnsweredWith400IsAuthentication() {
    XaiApiException e = fail(400, "{\"code\":\"Client specified an invalid argument\","
        + "\"error\":\"Incorrect API key provided: xa***yz. You can obtain an API key from https://console.x.ai.\"}");
    assertInstanceOf(AuthenticationException.class, e);
    assertEquals(400, e.statusCode());
  }

  @Test
  void missingCredentialsIsAuthentication() {
    XaiApiException e = fail(401, "{\"code\":\"The request does not have valid authentication "
        + "credentials\",\"error\":\"No credentials presented.\"}");
    assertInstanceOf(AuthenticationException.class, e);
    assertEquals(401, e.statusCode());
  }

  @Test
  void forbiddenIsPermissionDenied() {
    assertInstanceOf(PermissionDeniedException.class, fail(403, "{\"code\":\"The caller does not "
        + "have permission to execute the specified operation\",\"error\":\"Your team has used all credits\"}"));
  }

  @Test
  void conflictIsConflict() {
    assertInstanceOf(ConflictException.class, fail(409, "{\"code\":\"aborted\",\"error\":\"busy\"}"));
  }

  @Test
  void plainText422KeepsTheText() {
    String text = "Failed to deserialize the JSON body into the target type: tools[0].type: "
        + "unknown variant `fn`";
    XaiApiException e = fail(422, text, "Content-Type", "text/plain");
    assertInstanceOf(UnprocessableEntityException.class, e);
    assertTrue(e.code().isEmpty());
    assertTrue(e.errorMessage().isEmpty());
    assertEquals(text, e.rawBody());
    assertEquals("HTTP 422: " + text + " [request-id req-422]", e.getMessage());
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    XaiApiException e = fail(429, "{\"code\":\"Some resource has been exhausted\","
        + "\"error\":\"Rate limit exceeded\"}", "Retry-After", "7",
        "x-ratelimit-remaining-requests", "0");
    RateLimitException rl = assertInstanceOf(RateLimitException.class, e);
    assertEquals(Duration.ofSeconds(7), rl.retryAfter().orElseThrow());
    assertEquals("0", rl.header("X-RateLimit-Remaining-Requests").orElseThrow());
  }

  @Test
  void rateLimitWithoutHeaderHasNoRetryAfter() {
    RateLimitException rl = assertInstanceOf(RateLimitException.class,
        fail(429, "{\"code\":\"Some resource has been exhausted\",\"error\":\"Rate limit exceeded\"}"));
    assertTrue(rl.retryAfter().isEmpty());
  }

  @Test
  void serverErrorIsInternal() {
    XaiApiException e = fail(500, "{\"code\":\"Internal error\",\"error\":\"Internal error\"}");
    assertInstanceOf(InternalServerException.class, e);
  }

  @Test
  void htmlFromAProxyIsTypedAndKept() {
    String html = "<html><head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>";
    XaiApiException e = fail(502, html, "Content-Type", "text/html");
    assertInstanceOf(InternalServerException.class, e);
    assertEquals(html, e.rawBody());
    assertTrue(e.getMessage().startsWith("HTTP 502: <html><head><title>502 Bad Gateway"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void emptyBodyIsTyped() {
    XaiApiException e = fail(503, "");
    assertInstanceOf(InternalServerException.class, e);
    assertEquals("", e.rawBody());
    assertEquals("HTTP 503: (empty body) [request-id req-503]", e.getMessage());
  }

  @Test
  void malformedJsonDoesNotBreakMapping() {
    XaiApiException e = fail(400, "{\"code\": \"x\", \"error\": ");
    assertInstanceOf(BadRequestException.class, e);
    assertTrue(e.code().isEmpty());
    assertEquals("{\"code\": \"x\", \"error\": ", e.rawBody());
  }

  @Test
  void otherStatusIsUnexpected() {
    assertInstanceOf(UnexpectedStatusException.class, fail(415, ""));
    assertInstanceOf(UnexpectedStatusException.class, fail(413, "too large"));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void unreadableSuccessBodyIsAnIoFailure(Both both) {
    xai.json(200, "{\"id\": [not json");
    XaiIoException e = assertThrows(XaiIoException.class, () -> both.call(
        () -> xai.client().models().get("m"), () -> xai.client().async().models().get("m")));
    assertEquals(XaiIoException.Kind.UNREADABLE_BODY, e.kind());
    assertTrue(e.getMessage().startsWith("The 200 answer of GET /v1/models/m could not be read"),
        e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aSuccessCutInItsBodyIsAConnectionFailureWhateverItsFraming(Both both) {
    String body = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"m\",\"choices\":[]}";
    xai.enqueue(new MockResponse().setChunkedBody(body, 8)
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    xai.enqueue(new MockResponse().setBody(body)
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    for (String framing : new String[] {"chunked", "with a Content-Length"}) {
      XaiIoException e = assertThrows(XaiIoException.class, () -> both.call(
          () -> xai.client().chat().create(ChatRequest.builder().model("m").build()),
          () -> xai.client().async().chat().create(ChatRequest.builder().model("m").build())));
      assertEquals(XaiIoException.Kind.CONNECTION, e.kind(), framing + ": " + e);
    }
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void emptyOrBlankSuccessBodyIsAnIoFailureNotNull(Both both) {
    xai.json(200, "");
    xai.json(200, "  \n ");
    for (int i = 0; i < 2; i++) {
      XaiIoException e = assertThrows(XaiIoException.class, () -> both.call(
          () -> xai.client().chat().create(ChatRequest.builder().model("m").build()),
          () -> xai.client().async().chat().create(ChatRequest.builder().model("m").build())));
      assertEquals(XaiIoException.Kind.UNREADABLE_BODY, e.kind());
      assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aSuccessThatIsNotJsonSaysSoWithoutGsonsAdvice(Both both) {
    xai.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
        .setBody("<html>maintenance</html>"));
    XaiIoException e = assertThrows(XaiIoException.class, () -> both.call(
        () -> xai.client().chat().create(ChatRequest.builder().model("m").build()),
        () -> xai.client().async().chat().create(ChatRequest.builder().model("m").build())));
    assertEquals(XaiIoException.Kind.UNREADABLE_BODY, e.kind());
    assertTrue(e.getMessage().contains("not JSON (Content-Type text/html"), e.getMessage());
    assertFalse(e.getMessage().contains("setStrictness"), e.getMessage());
    assertFalse(e.getMessage().contains("github.com/google/gson"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void connectionFailureOfAGetIsRetriedThenAnIoFailureWithRetryCount(Both both) {
    xai.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    xai.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    RequestOptions oneRetry = RequestOptions.builder().maxRetries(1).build();
    XaiIoException e = assertThrows(XaiIoException.class, () -> both.call(
        () -> xai.client().models().list(oneRetry),
        () -> xai.client().async().models().list(oneRetry)));
    assertEquals(XaiIoException.Kind.CONNECTION, e.kind());
    assertEquals(1, e.retryCount());
    assertEquals(2, xai.server().getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void failuresOfEveryServiceCarryTheTypedException(Both both) {
    xai.json(404, "{\"code\":\"not-found\",\"error\":\"no\"}");
    NotFoundException nf = assertThrows(NotFoundException.class, () -> both.call(
        () -> xai.client().files().retrieve("file-x"),
        () -> xai.client().async().files().retrieve("file-x")));
    assertEquals("not-found", nf.code().orElseThrow());
  }
}
