package io.github.xaijava.springai.autoconfigure;

import io.github.xaijava.springai.XaiChatOptions;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The chat model's default options: {@code spring.ai.xai.chat.*}. Every request starts from them;
 * a request's own options win ({@code ChatClient...options(XaiChatOptions.builder()...)}). Unset
 * values are not sent, so xAI's defaults apply. xAI's live search settings are per request only.
 */
@ConfigurationProperties(XaiChatProperties.PREFIX)
public class XaiChatProperties {

  /** The prefix of these properties. */
  public static final String PREFIX = "spring.ai.xai.chat";

  /** The model, e.g. grok-4 or grok-3-mini. */
  // XaiChatModel.DEFAULT_MODEL, as a literal: the configuration processor records only literals
  // as defaults (a test checks the two agree).
  private String model = "grok-4";

  /** Sampling temperature, 0 to 2. */
  private Double temperature;

  /** Nucleus sampling: the probability mass of the tokens considered. */
  private Double topP;

  /** The most tokens the answer may take, reasoning included (max_completion_tokens). */
  private Integer maxTokens;

  /** Penalty on tokens by how often they appeared (models that do not reason only). */
  private Double frequencyPenalty;

  /** Penalty on tokens that appeared at all (models that do not reason only). */
  private Double presencePenalty;

  /** Sequences at which the answer stops. */
  private List<String> stopSequences;

  /** How hard a reasoning model thinks: low or high (grok-3-mini; other models refuse it). */
  private String reasoningEffort;

  /** Whether the model may ask for several tool calls in one answer. */
  private Boolean parallelToolCalls;

  /** The end user's id, for xAI's abuse monitoring. */
  private String user;

  /** A seed, for more repeatable sampling. */
  private Integer seed;

  /** These properties as the model's default options. */
  XaiChatOptions toOptions() {
    return XaiChatOptions.builder()
        .model(model)
        .temperature(temperature)
        .topP(topP)
        .maxTokens(maxTokens)
        .frequencyPenalty(frequencyPenalty)
        .presencePenalty(presencePenalty)
        .stopSequences(stopSequences)
        .reasoningEffort(reasoningEffort)
        .parallelToolCalls(parallelToolCalls)
        .user(user)
        .seed(seed)
        .build();
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public Double getTemperature() {
    return temperature;
  }

  public void setTemperature(Double temperature) {
    this.temperature = temperature;
  }

  public Double getTopP() {
    return topP;
  }

  public void setTopP(Double topP) {
    this.topP = topP;
  }

  public Integer getMaxTokens() {
    return maxTokens;
  }

  public void setMaxTokens(Integer maxTokens) {
    this.maxTokens = maxTokens;
  }

  public Double getFrequencyPenalty() {
    return frequencyPenalty;
  }

  public void setFrequencyPenalty(Double frequencyPenalty) {
    this.frequencyPenalty = frequencyPenalty;
  }

  public Double getPresencePenalty() {
    return presencePenalty;
  }

  public void setPresencePenalty(Double presencePenalty) {
    this.presencePenalty = presencePenalty;
  }

  public List<String> getStopSequences() {
    return stopSequences;
  }

  public void setStopSequences(List<String> stopSequences) {
    this.stopSequences = stopSequences;
  }

  public String getReasoningEffort() {
    return reasoningEffort;
  }

  public void setReasoningEffort(String reasoningEffort) {
    this.reasoningEffort = reasoningEffort;
  }

  public Boolean getParallelToolCalls() {
    return parallelToolCalls;
  }

  public void setParallelToolCalls(Boolean parallelToolCalls) {
    this.parallelToolCalls = parallelToolCalls;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public Integer getSeed() {
    return seed;
  }

  public void setSeed(Integer seed) {
    this.seed = seed;
  }
}
