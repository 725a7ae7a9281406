package io.github.xaijava.internal.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** What the redactor hides: the key, credentials of one request, and secrets minted in answers. */
class RedactorTest {

  private final Redactor redactor = new Redactor("xai-the-client-key-123");

  @Test
  void theKeyAndARequestsOwnCredentialsAreHidden() {
    assertEquals("key [redacted] here", redactor.redact("key xai-the-client-key-123 here"));
    Request socket = new Request.Builder().url("http://localhost/v1/realtime")
        .header("Authorization", "Bearer xai-realtime-secret-9")
        .header("Sec-WebSocket-Protocol", "xai-client-secret.browser-secret-77").build();
    Redactor forSocket = redactor.forRequest(socket);
    assertEquals("[redacted] and [redacted]",
        forSocket.redact("xai-realtime-secret-9 and xai-client-secret.browser-secret-77"));
  }

  @Test
  void aMintedClientSecretIsHiddenInEitherOrderButOtherValuesAreNot() {
    assertEquals("{\"value\":\"[redacted]\",\"expires_at\":1767225600}",
        redactor.redact("{\"value\":\"s3cr3t-abc\",\"expires_at\":1767225600}"));
    assertEquals("{\"client_secret\":{\"expires_at\":1767225600, \"value\": \"[redacted]\"}}",
        redactor.redact("{\"client_secret\":{\"expires_at\":1767225600, \"value\": \"s3cr3t-abc\"}}"));
    String ordinary = "{\"value\":\"42\",\"unit\":\"°C\"}";
    assertEquals(ordinary, redactor.redact(ordinary));
    assertTrue(redactor.redact("{\"apiKey\":\"xai-new-key\"}").contains("[redacted]"));
  }
}
