package io.github.xaijava.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

  private static ClientOptions.Builder fromEnv(Map<String, String> env, Map<String, String> props) {
    return ClientOptions.builder().fromEnv(env::get, props::get);
  }

  @Test
  void environmentProvidesKeyAndBaseUrl() {
    ClientOptions o = fromEnv(Map.of("XAI_API_KEY", "xai-env", "XAI_BASE_URL", "https://gw.example/xai"),
        Map.of()).build();
    assertEquals("xai-env", o.apiKey());
    assertEquals("https://gw.example/xai", o.baseUrl());
  }

  @Test
  void systemPropertiesWinOverEnvironment() {
    ClientOptions o = fromEnv(
        Map.of("XAI_API_KEY", "xai-env", "XAI_BASE_URL", "https://env.example", "XAI_LOG", "basic"),
        Map.of("xai.apiKey", "xai-prop", "xai.baseUrl", "https://prop.example", "xai.log", "headers"))
        .build();
    assertEquals("xai-prop", o.apiKey());
    assertEquals("https://prop.example", o.baseUrl());
    assertEquals(LogLevel.HEADERS, o.logLevel());
  }

  @Test
  void missingKeyFailsAtBuildWithAClearMessage() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> fromEnv(Map.of(), Map.of()).build());
    assertTrue(e.getMessage().contains("XAI_API_KEY"), e.getMessage());
  }

  @Test
  void defaultsAreDocumentedValues() {
    ClientOptions o = ClientOptions.builder().apiKey("xai-k").build();
    assertEquals("https://api.x.ai", o.baseUrl());
    assertEquals(Duration.ofSeconds(30), o.timeout().connect());
    assertEquals(Duration.ofMinutes(30), o.timeout().request());
    assertEquals(Duration.ofMinutes(30), o.timeout().read());
    assertEquals(2, o.retryPolicy().maxRetries());
    assertEquals(LogLevel.NONE, o.logLevel());
  }

  @Test
  void trailingSlashAndV1AreRemoved() {
    assertEquals("https://api.x.ai",
        ClientOptions.builder().apiKey("k").baseUrl("https://api.x.ai/v1/").build().baseUrl());
  }

  @Test
  void plainHttpIsRefusedUnlessLoopbackOrAllowed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ClientOptions.builder().apiKey("k").baseUrl("http://proxy.example:8080").build());
    assertTrue(e.getMessage().contains("allowInsecureHttp"), e.getMessage());
    for (String ok : new String[] {"http://localhost:1234", "http://127.0.0.1:1", "http://[::1]:80"}) {
      ClientOptions.builder().apiKey("k").baseUrl(ok).build();
    }
    assertEquals("http://proxy.example:8080", ClientOptions.builder().apiKey("k")
        .baseUrl("http://proxy.example:8080").allowInsecureHttp(true).build().baseUrl());
  }

  @Test
  void notAUrlIsRefused() {
    assertThrows(IllegalStateException.class,
        () -> ClientOptions.builder().apiKey("k").baseUrl("ftp://x").build());
  }

  @Test
  void toStringNeverShowsTheKey() {
    ClientOptions o = ClientOptions.builder().apiKey("xai-SECRET").build();
    assertFalse(o.toString().contains("xai-SECRET"), o.toString());
    assertTrue(o.toString().contains("[redacted]"));
  }

  @Test
  void invalidValuesNameTheOffendingValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Timeout.builder().request(Duration.ofSeconds(-1)));
    assertEquals("request must be positive: PT-1S", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxRetries(-1));
  }

  @Test
  void timeoutShortcutSetsReadAndWriteToo() {
    ClientOptions o = ClientOptions.builder().apiKey("k").timeout(Duration.ofMinutes(15)).build();
    assertEquals(Duration.ofMinutes(15), o.timeout().request());
    assertEquals(Duration.ofMinutes(15), o.timeout().read());
    assertEquals(Duration.ofSeconds(30), o.timeout().connect());
  }
}
