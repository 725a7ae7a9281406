package io.github.xaijava.springai;

import io.github.xaijava.generated.model.SearchParameters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.model.tool.DefaultToolCallingChatOptions;
import org.springframework.ai.model.tool.StructuredOutputChatOptions;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;

/**
 * Options of a Grok chat request: Spring AI's portable options, its tools and native structured
 * output, and xAI's own parameters (reasoning effort, parallel tool calls, live search, the end
 * user's id, a seed).
 *
 * <pre>{@code
 * chatClient.prompt().user("...")
 *     .options(XaiChatOptions.builder().model("grok-3-mini").reasoningEffort("high"))
 *     .call().content();
 * }</pre>
 *
 * <p>Merging follows Spring AI 2.0: {@code ChatClient} starts from the model's
 * {@link XaiChatModel#getOptions() default options}, {@link #mutate() mutated}, and combines the
 * request's builder into it ({@link Builder#combineWith}): a value the request sets wins, one it
 * leaves unset keeps the default; stop sequences, tool callbacks and tool context add up. The
 * portable getters return null when unset, as Spring's interfaces require; xAI's own return an
 * empty {@link Optional}. xAI has no {@code top_k}: {@link #getTopK()} is kept but never sent.
 */
public final class XaiChatOptions implements ToolCallingChatOptions, StructuredOutputChatOptions {

  private final String model;
  private final Double frequencyPenalty;
  private final Integer maxTokens;
  private final Double presencePenalty;
  private final List<String> stopSequences;
  private final Double temperature;
  private final Integer topK;
  private final Double topP;
  private final List<ToolCallback> toolCallbacks;
  private final Map<String, Object> toolContext;
  private final String outputSchema;
  private final String reasoningEffort;
  private final Boolean parallelToolCalls;
  private final SearchParameters searchParameters;
  private final String user;
  private final Integer seed;

  // Spring's builder keeps the portable and tool values in protected fields, which only the
  // builder (a subclass) can read; so it passes them all here.
  private XaiChatOptions(String model, Double frequencyPenalty, Integer maxTokens,
      Double presencePenalty, List<String> stopSequences, Double temperature, Integer topK,
      Double topP, List<ToolCallback> toolCallbacks, Map<String, Object> toolContext,
      Builder b) {
    this.model = model;
    this.frequencyPenalty = frequencyPenalty;
    this.maxTokens = maxTokens;
    this.presencePenalty = presencePenalty;
    this.stopSequences = stopSequences == null ? null : List.copyOf(stopSequences);
    this.temperature = temperature;
    this.topK = topK;
    this.topP = topP;
    this.toolCallbacks = toolCallbacks == null ? null : List.copyOf(toolCallbacks);
    this.toolContext = toolContext == null ? null : Map.copyOf(toolContext);
    this.outputSchema = b.outputSchema;
    this.reasoningEffort = b.reasoningEffort;
    this.parallelToolCalls = b.parallelToolCalls;
    this.searchParameters = b.searchParameters;
    this.user = b.user;
    this.seed = b.seed;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String getModel() {
    return model;
  }

  @Override
  public Double getFrequencyPenalty() {
    return frequencyPenalty;
  }

  /** Sent as {@code max_completion_tokens} (reasoning tokens count towards it). */
  @Override
  public Integer getMaxTokens() {
    return maxTokens;
  }

  @Override
  public Double getPresencePenalty() {
    return presencePenalty;
  }

  @Override
  public List<String> getStopSequences() {
    return stopSequences;
  }

  @Override
  public Double getTemperature() {
    return temperature;
  }

  /** Kept for Spring AI's builders; xAI's chat has no {@code top_k}, so it is never sent. */
  @Override
  public Integer getTopK() {
    return topK;
  }

  @Override
  public Double getTopP() {
    return topP;
  }

  @Override
  public List<ToolCallback> getToolCallbacks() {
    return toolCallbacks;
  }

  @Override
  public Map<String, Object> getToolContext() {
    return toolContext;
  }

  /**
   * The JSON schema the answer must follow, set by {@code ChatClient} for
   * {@code entity(type, spec -> spec.enableNative())} or
   * {@code AdvisorParams.ENABLE_NATIVE_STRUCTURED_OUTPUT}; sent as xAI's {@code response_format}
   * of type {@code json_schema} (strict).
   */
  @Override
  public String getOutputSchema() {
    return outputSchema;
  }

  /** {@code low} or {@code high}, for the models that take it (e.g. {@code grok-3-mini}). */
  public Optional<String> getReasoningEffort() {
    return Optional.ofNullable(reasoningEffort);
  }

  /** Whether the model may ask for several tool calls in one answer. */
  public Optional<Boolean> getParallelToolCalls() {
    return Optional.ofNullable(parallelToolCalls);
  }

  /** xAI's live search settings ({@code search_parameters}); its sources come back as citations. */
  public Optional<SearchParameters> getSearchParameters() {
    return Optional.ofNullable(searchParameters);
  }

  /** The end user's id, for xAI's abuse monitoring. */
  public Optional<String> getUser() {
    return Optional.ofNullable(user);
  }

  /** A seed, for more repeatable sampling. */
  public Optional<Integer> getSeed() {
    return Optional.ofNullable(seed);
  }

  /** A builder holding these options, to change some and build new ones. */
  @Override
  public Builder mutate() {
    Builder b = builder()
        .model(model)
        .frequencyPenalty(frequencyPenalty)
        .maxTokens(maxTokens)
        .presencePenalty(presencePenalty)
        .stopSequences(stopSequences)
        .temperature(temperature)
        .topK(topK)
        .topP(topP)
        .toolCallbacks(toolCallbacks)
        .toolContext(toolContext)
        .outputSchema(outputSchema)
        .reasoningEffort(reasoningEffort)
        .parallelToolCalls(parallelToolCalls)
        .searchParameters(searchParameters)
        .user(user)
        .seed(seed);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof XaiChatOptions that)) {
      return false;
    }
    return Objects.equals(model, that.model)
        && Objects.equals(frequencyPenalty, that.frequencyPenalty)
        && Objects.equals(maxTokens, that.maxTokens)
        && Objects.equals(presencePenalty, that.presencePenalty)
        && Objects.equals(stopSequences, that.stopSequences)
        && Objects.equals(temperature, that.temperature)
        && Objects.equals(topK, that.topK)
        && Objects.equals(topP, that.topP)
        && Objects.equals(toolCallbacks, that.toolCallbacks)
        && Objects.equals(toolContext, that.toolContext)
        && Objects.equals(outputSchema, that.outputSchema)
        && Objects.equals(reasoningEffort, that.reasoningEffort)
        && Objects.equals(parallelToolCalls, that.parallelToolCalls)
        && Objects.equals(searchParameters, that.searchParameters)
        && Objects.equals(user, that.user)
        && Objects.equals(seed, that.seed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, frequencyPenalty, maxTokens, presencePenalty, stopSequences,
        temperature, topK, topP, toolCallbacks, toolContext, outputSchema, reasoningEffort,
        parallelToolCalls, searchParameters, user, seed);
  }

  @Override
  public String toString() {
    // No tool context: it may hold the caller's secrets; tools by name only.
    return "XaiChatOptions{model=" + model + ", temperature=" + temperature + ", topP=" + topP
        + ", maxTokens=" + maxTokens + ", frequencyPenalty=" + frequencyPenalty
        + ", presencePenalty=" + presencePenalty + ", stopSequences=" + stopSequences
        + ", tools=" + (toolCallbacks == null ? null
            : toolCallbacks.stream().map(t -> t.getToolDefinition().name()).toList())
        + ", outputSchema=" + (outputSchema != null) + ", reasoningEffort=" + reasoningEffort
        + ", parallelToolCalls=" + parallelToolCalls + ", searchParameters=" + searchParameters
        + ", user=" + user + ", seed=" + seed + "}";
  }

  /**
   * Builds {@link XaiChatOptions}. It is Spring AI's tool-calling options builder (so
   * {@code ChatClient}'s tools, tool context and merging work on it) plus the output schema and
   * xAI's parameters; a null argument clears the value.
   */
  public static final class Builder extends DefaultToolCallingChatOptions.Builder<Builder>
      implements StructuredOutputChatOptions.Builder<Builder> {

    private String outputSchema;
    private String reasoningEffort;
    private Boolean parallelToolCalls;
    private SearchParameters searchParameters;
    private String user;
    private Integer seed;

    private Builder() {
    }

    @Override
    public Builder outputSchema(String outputSchema) {
      this.outputSchema = outputSchema;
      return this;
    }

    /** {@code low} or {@code high}; xAI refuses it for models that do not take it. */
    public Builder reasoningEffort(String reasoningEffort) {
      this.reasoningEffort = reasoningEffort;
      return this;
    }

    /** Whether the model may ask for several tool calls in one answer. */
    public Builder parallelToolCalls(Boolean parallelToolCalls) {
      this.parallelToolCalls = parallelToolCalls;
      return this;
    }

    /** xAI's live search ({@code SearchParameters.builder().mode("auto")...}). */
    public Builder searchParameters(SearchParameters searchParameters) {
      this.searchParameters = searchParameters;
      return this;
    }

    /** The end user's id, for xAI's abuse monitoring. */
    public Builder user(String user) {
      this.user = user;
      return this;
    }

    /** A seed, for more repeatable sampling. */
    public Builder seed(Integer seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Lays {@code other}'s values over this builder's: what {@code other} sets wins, what it
     * leaves unset is kept; lists and the tool context add up (as in Spring AI's builders). A
     * builder of another provider's options contributes its portable and tool values.
     */
    @Override
    public Builder combineWith(ChatOptions.Builder<?> other) {
      super.combineWith(other);
      if (other instanceof Builder that) {
        if (that.outputSchema != null) {
          this.outputSchema = that.outputSchema;
        }
        if (that.reasoningEffort != null) {
          this.reasoningEffort = that.reasoningEffort;
        }
        if (that.parallelToolCalls != null) {
          this.parallelToolCalls = that.parallelToolCalls;
        }
        if (that.searchParameters != null) {
          this.searchParameters = that.searchParameters;
        }
        if (that.user != null) {
          this.user = that.user;
        }
        if (that.seed != null) {
          this.seed = that.seed;
        }
      }
      return this;
    }

    @Override
    public XaiChatOptions build() {
      return new XaiChatOptions(model, frequencyPenalty, maxTokens, presencePenalty,
          stopSequences, temperature, topK, topP, toolCallbacks, toolContext, this);
    }
  }
}
