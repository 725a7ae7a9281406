package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.errors.AuthenticationException;
import io.github.xaijava.errors.BadRequestException;
import io.github.xaijava.errors.ConflictException;
import io.github.xaijava.errors.InternalServerException;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.errors.PermissionDeniedException;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.errors.UnexpectedStatusException;
import io.github.xaijava.errors.UnprocessableEntityException;
import io.github.xaijava.errors.XaiApiException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.internal.http.RecordingSleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error shape of xai-wire-facts.md yields the right typed exception. */
class ErrorMappingTest {

  private static final RequestOptions NO_RETRY = RequestOptions.builder().maxRetries(0).build();

  private MockWebServer server;
  private XaiClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client = TestClients.client(server, new RecordingSleeper());
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  private XaiApiException fail(int status, String body, String... headers) {
    MockResponse r = new MockResponse().setResponseCode(status).setBody(body)
        .setHeader("x-request-id", "req-" + status);
    for (int i = 0; i < headers.length; i += 2) {
      r.setHeader(headers[i], headers[i + 1]);
    }
    server.enqueue(r);
    return assertThrows(XaiApiException.class, () -> client.models().retrieve("grok-beta", NO_RETRY));
  }

  @Test
  void notFoundHasFieldsAndReadableMessage() {
    String body = "{\"code\":\"Some requested entity was not found\","
        + "\"error\":\"The model grok-beta was deprecated\"}";
    XaiApiException e = fail(404, body, "Content-Type", "application/json");
    assertInstanceOf(NotFoundException.class, e);
    assertEquals(404, e.statusCode());
    assertEquals("Some requested entity was not found", e.code());
    assertEquals("The model grok-beta was deprecated", e.error());
    assertEquals("req-404", e.requestId());
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
    assertEquals("Argument not supported: presence_penalty", e.error());
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
    assertNull(e.code());
    assertNull(e.error());
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
    assertNull(e.code());
    assertEquals("{\"code\": \"x\", \"error\": ", e.rawBody());
  }

  @Test
  void otherStatusIsUnexpected() {
    assertInstanceOf(UnexpectedStatusException.class, fail(415, ""));
    assertInstanceOf(UnexpectedStatusException.class, fail(413, "too large"));
  }

  @Test
  void unreadableSuccessBodyIsAnIoFailure() {
    server.enqueue(new MockResponse().setBody("{\"id\": [not json"));
    XaiIoException e = assertThrows(XaiIoException.class, () -> client.models().retrieve("m"));
    assertEquals(XaiIoException.Kind.UNREADABLE_BODY, e.kind());
    assertTrue(e.getMessage().startsWith("HTTP 200 body could not be read as Model"), e.getMessage());
  }

  @Test
  void connectionFailureIsAnIoFailureWithRetryCount() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    XaiIoException e = assertThrows(XaiIoException.class,
        () -> client.models().list(RequestOptions.builder().maxRetries(1).build()));
    assertEquals(XaiIoException.Kind.CONNECTION, e.kind());
    assertEquals(1, e.retryCount());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void asyncFailureCarriesTheTypedException() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"code\":\"not-found\",\"error\":\"no\"}"));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.files().retrieveAsync("file-x").get(5, TimeUnit.SECONDS));
    NotFoundException nf = assertInstanceOf(NotFoundException.class, e.getCause());
    assertEquals("not-found", nf.code());
  }
}
