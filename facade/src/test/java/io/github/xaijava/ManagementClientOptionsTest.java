package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.config.ClientOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link XaiManagementClient}'s configuration: its own key and host, never the inference ones. */
class ManagementClientOptionsTest {

  private static ClientOptions fromEnv(Map<String, String> env, Map<String, String> props) {
    return XaiManagementClient.fromEnv(env::get, props::get).build();
  }

  @Test
  void fromEnvReadsTheManagementKeyAndHostOnly() {
    ClientOptions options = fromEnv(Map.of("XAI_MANAGEMENT_API_KEY", "xai-token-secret-1",
        "XAI_API_KEY", "xai-inference-secret", "XAI_BASE_URL", "https://api.x.ai"), Map.of());
    assertEquals("https://management-api.x.ai", options.baseUrl());
    assertFalse(options.toString().contains("xai-token-secret-1"), options.toString());

    ClientOptions elsewhere = fromEnv(Map.of("XAI_MANAGEMENT_API_KEY", "k",
        "XAI_MANAGEMENT_BASE_URL", "http://127.0.0.1:9"), Map.of("xai.managementApiKey", "from-property"));
    assertEquals("http://127.0.0.1:9", elsewhere.baseUrl());
  }

  @Test
  void withoutAManagementKeyItSaysWhichVariableIsMissing() {
    IllegalStateException none = assertThrows(IllegalStateException.class,
        () -> fromEnv(Map.of("XAI_API_KEY", "xai-inference-secret"), Map.of()));
    assertTrue(none.getMessage().contains("XAI_MANAGEMENT_API_KEY"), none.getMessage());
    assertFalse(none.getMessage().contains("xai-inference-secret"), none.getMessage());
  }

  @Test
  void theHostsAreToldApart() {
    assertTrue(XaiManagementClient.isInferenceHost("https://api.x.ai"));
    assertTrue(XaiManagementClient.isInferenceHost("https://mtls.api.x.ai/v1"));
    assertFalse(XaiManagementClient.isInferenceHost("https://management-api.x.ai"));
    assertTrue(XaiManagementClient.isManagementHost("https://management-api.x.ai"));
    assertFalse(XaiManagementClient.isManagementHost("http://127.0.0.1:8080"));
  }
}
