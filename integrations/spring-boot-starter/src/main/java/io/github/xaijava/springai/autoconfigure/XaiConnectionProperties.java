package io.github.xaijava.springai.autoconfigure;

import io.github.xaijava.config.LogLevel;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the {@code XaiClient} bean reaches xAI: {@code spring.ai.xai.*}. An unset value keeps
 * xai-java's default, or what the environment says as for {@code XaiClient.fromEnv()}
 * ({@code XAI_API_KEY}, {@code XAI_BASE_URL}, {@code XAI_LOG}). A Boot properties bean: unset is
 * null, as Boot's binding expects.
 */
@ConfigurationProperties(XaiConnectionProperties.PREFIX)
public class XaiConnectionProperties {

  /** The prefix of these properties. */
  public static final String PREFIX = "spring.ai.xai";

  /** The API key; when unset, the XAI_API_KEY environment variable (or xai.apiKey property). */
  private String apiKey;

  /** The API's base URL; default https://api.x.ai (a trailing /v1 is accepted). */
  private String baseUrl;

  /** How long one request may take, retries apart; default xai-java's. */
  private Duration timeout;

  /** How many times a failed request (429, 5xx, connection failure) is retried; default 2. */
  private Integer maxRetries;

  /** What the client logs of each exchange: none, basic, headers, body or debug. */
  private LogLevel logLevel;

  public String getApiKey() {
    return apiKey;
  }

  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  public Integer getMaxRetries() {
    return maxRetries;
  }

  public void setMaxRetries(Integer maxRetries) {
    this.maxRetries = maxRetries;
  }

  public LogLevel getLogLevel() {
    return logLevel;
  }

  public void setLogLevel(LogLevel logLevel) {
    this.logLevel = logLevel;
  }
}
