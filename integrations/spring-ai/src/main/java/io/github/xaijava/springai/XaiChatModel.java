package io.github.xaijava.springai;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.streaming.ChatCompletionAccumulator;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamSubscription;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.observation.ChatModelObservationContext;
import org.springframework.ai.chat.observation.ChatModelObservationConvention;
import org.springframework.ai.chat.observation.ChatModelObservationDocumentation;
import org.springframework.ai.chat.observation.DefaultChatModelObservationConvention;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.StructuredOutputChatOptions;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.ai.tool.definition.ToolDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * Grok as a Spring AI {@link ChatModel}, over xAI's chat completions through an
 * {@link XaiClient} (its retries, timeouts, logging and typed errors).
 *
 * <pre>{@code
 * ChatModel model = XaiChatModel.builder().client(XaiClient.fromEnv()).build();
 * String answer = ChatClient.create(model).prompt().user("Hi").call().content();
 * }</pre>
 *
 * <p><b>Tools.</b> The model never runs a tool: it sends the definitions of the prompt's tool
 * callbacks (resolved by the {@link ToolCallingManager}) and returns the calls Grok asks for as
 * {@link org.springframework.ai.chat.messages.AssistantMessage.ToolCall}s; in Spring AI 2.0
 * {@code ChatClient}'s {@code ToolCallingAdvisor} runs them and calls the model again.
 *
 * <p><b>What xAI returns beyond Spring AI's fields</b> is kept: the reasoning text in the
 * message's properties under {@value #REASONING_CONTENT} (in a stream, each element carries what
 * was written since the previous one, and the last carries all of it); citations under
 * {@value #CITATIONS}, the cost under {@value #COST_IN_USD_TICKS} and the reasoning token count
 * under {@value #REASONING_TOKENS} in the response metadata; the usage is a {@code DefaultUsage}
 * with the cached prompt tokens as cache reads and xai-java's {@code Usage} as native usage.
 * Finish reasons are xAI's strings ({@code stop}, {@code length}, {@code tool_calls}).
 *
 * <p><b>Options.</b> A prompt's {@link XaiChatOptions} are used as they are (ChatClient has
 * already laid them over {@link #getOptions()}), with the default model when they name none;
 * other options (Spring AI's portable ones) are laid over the defaults; no options means the
 * defaults.
 *
 * <p><b>Errors</b> are xai-java's unchecked exceptions ({@code RateLimitException},
 * {@code AuthenticationException}, ...), as Spring AI's SDK-based OpenAI and Anthropic models let
 * their SDK's through; retries are the client's ({@code ClientOptions.maxRetries}).
 *
 * <p>Each call is a Micrometer observation as Spring AI's models make them (provider
 * {@value #PROVIDER}); the registry is {@link ObservationRegistry#NOOP} unless one is set.
 */
public final class XaiChatModel implements ChatModel {

  /** The model when the options name none. */
  public static final String DEFAULT_MODEL = "grok-4";

  /** The provider name in observations (xAI as OpenTelemetry's GenAI conventions spell it). */
  public static final String PROVIDER = "x_ai";

  /** Message property: the model's reasoning text ({@code reasoning_content}). */
  public static final String REASONING_CONTENT = "reasoningContent";

  /** Response metadata: the URLs of the sources a live search used (a list of strings). */
  public static final String CITATIONS = "citations";

  /** Response metadata: what the call cost, in 10^-10 USD (a long). */
  public static final String COST_IN_USD_TICKS = "costInUsdTicks";

  /** Response metadata: how many completion tokens were reasoning (an int). */
  public static final String REASONING_TOKENS = "reasoningTokens";

  private static final ChatModelObservationConvention DEFAULT_CONVENTION =
      new DefaultChatModelObservationConvention();

  private final XaiClient client;
  private final XaiChatOptions defaults;
  private final ToolCallingManager toolCallingManager;
  private final ObservationRegistry observationRegistry;
  private final ChatModelObservationConvention observationConvention;

  private XaiChatModel(Builder b) {
    this.client = Objects.requireNonNull(b.client, "client == null: set client(XaiClient)");
    this.defaults = b.options.getModel() != null ? b.options
        : b.options.mutate().model(DEFAULT_MODEL).build();
    this.toolCallingManager = b.toolCallingManager != null ? b.toolCallingManager
        : ToolCallingManager.builder().build();
    this.observationRegistry = b.observationRegistry;
    this.observationConvention = b.observationConvention;
  }

  /** A builder; only the client is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The default options, which every request starts from. */
  @Override
  public XaiChatOptions getOptions() {
    return defaults;
  }

  @Override
  public ChatResponse call(Prompt prompt) {
    Prompt request = withOptions(prompt);
    XaiChatOptions options = (XaiChatOptions) request.getOptions();
    var xai = ChatMapper.toXai(request.getInstructions(), options, tools(options));
    ChatModelObservationContext context = ChatModelObservationContext.builder()
        .prompt(request).provider(PROVIDER).build();
    return ChatModelObservationDocumentation.CHAT_MODEL_OPERATION
        .observation(observationConvention, DEFAULT_CONVENTION, () -> context, observationRegistry)
        .observe(() -> {
          ChatResponse response = ChatMapper.fromXai(client.chat().create(xai), true);
          context.setResponse(response);
          return response;
        });
  }

  /**
   * Streams the answer: one response per chunk with text or reasoning, then one without text
   * carrying the tool calls, finish reason, usage and metadata of the whole answer. Elements
   * arrive on xai-java's stream thread; cancelling the subscription cancels the HTTP call.
   */
  @Override
  public Flux<ChatResponse> stream(Prompt prompt) {
    return Flux.deferContextual(contextView -> {
      Prompt request = withOptions(prompt);
      XaiChatOptions options = (XaiChatOptions) request.getOptions();
      var xai = ChatMapper.toXai(request.getInstructions(), options, tools(options));
      ChatModelObservationContext context = ChatModelObservationContext.builder()
          .prompt(request).provider(PROVIDER).streaming(true).build();
      Observation observation = ChatModelObservationDocumentation.CHAT_MODEL_OPERATION
          .observation(observationConvention, DEFAULT_CONVENTION, () -> context,
              observationRegistry);
      Observation parent = contextView.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
      observation.parentObservation(parent);
      // Started inside the parent's scope, so that tracing parents the span on the caller's
      // observation rather than on whatever scope the subscribing thread has open.
      try (Observation.Scope ignored = parent != null ? parent.openScope()
          : Observation.Scope.NOOP) {
        observation.start();
      }
      Flux<ChatResponse> responses = Flux.create(sink -> {
        ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
        StreamSubscription subscription = client.async().chat().stream(xai,
            new Handler(sink, accumulator, context));
        sink.onDispose(subscription::cancel);
      });
      // Stopped before the end is passed on (not in doFinally, which runs after it), so the
      // observation is complete when the subscriber sees the end.
      return responses
          .doOnError(observation::error)
          .doOnTerminate(observation::stop)
          .doOnCancel(observation::stop)
          .contextWrite(ctx -> ctx.put(ObservationThreadLocalAccessor.KEY, observation));
    });
  }

  /** Hands chunks to the sink; at the end, the whole answer's tail and the observation's answer. */
  private static final class Handler implements StreamHandler<ChatResponseChunk> {
    private final FluxSink<ChatResponse> sink;
    private final ChatCompletionAccumulator accumulator;
    private final ChatModelObservationContext context;

    Handler(FluxSink<ChatResponse> sink, ChatCompletionAccumulator accumulator,
        ChatModelObservationContext context) {
      this.sink = sink;
      this.accumulator = accumulator;
      this.context = context;
    }

    @Override
    public void onEvent(ChatResponseChunk chunk) {
      accumulator.accept(chunk);
      if (!chunk.deltaText().isEmpty() || !chunk.deltaReasoning().isEmpty()) {
        sink.next(ChatMapper.fromChunk(chunk));
      }
    }

    @Override
    public void onComplete() {
      var whole = accumulator.result();
      context.setResponse(ChatMapper.fromXai(whole, true));
      sink.next(ChatMapper.fromXai(whole, false));
      sink.complete();
    }

    @Override
    public void onError(Throwable error) {
      sink.error(error instanceof CompletionException && error.getCause() != null
          ? error.getCause() : error);
    }
  }

  private List<ToolDefinition> tools(XaiChatOptions options) {
    return toolCallingManager.resolveToolDefinitions(options);
  }

  /** The prompt with the options to send (see the class comment). */
  private Prompt withOptions(Prompt prompt) {
    ChatOptions given = prompt.getOptions();
    XaiChatOptions options;
    if (given == null) {
      options = defaults;
    } else if (given instanceof XaiChatOptions x) {
      options = x.getModel() != null ? x : x.mutate().model(defaults.getModel()).build();
    } else {
      options = overDefaults(given);
    }
    return prompt.mutate().chatOptions(options).build();
  }

  private XaiChatOptions overDefaults(ChatOptions given) {
    XaiChatOptions.Builder b = defaults.mutate();
    if (given.getModel() != null) {
      b.model(given.getModel());
    }
    if (given.getFrequencyPenalty() != null) {
      b.frequencyPenalty(given.getFrequencyPenalty());
    }
    if (given.getMaxTokens() != null) {
      b.maxTokens(given.getMaxTokens());
    }
    if (given.getPresencePenalty() != null) {
      b.presencePenalty(given.getPresencePenalty());
    }
    if (given.getStopSequences() != null) {
      b.stopSequences(given.getStopSequences());
    }
    if (given.getTemperature() != null) {
      b.temperature(given.getTemperature());
    }
    if (given.getTopK() != null) {
      b.topK(given.getTopK());
    }
    if (given.getTopP() != null) {
      b.topP(given.getTopP());
    }
    if (given instanceof ToolCallingChatOptions t) {
      if (t.getToolCallbacks() != null && !t.getToolCallbacks().isEmpty()) {
        b.toolCallbacks(t.getToolCallbacks());
      }
      if (t.getToolContext() != null && !t.getToolContext().isEmpty()) {
        b.toolContext(t.getToolContext());
      }
    }
    if (given instanceof StructuredOutputChatOptions s && s.getOutputSchema() != null) {
      b.outputSchema(s.getOutputSchema());
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "XaiChatModel{" + defaults + "}";
  }

  /** Builds an {@link XaiChatModel}. */
  public static final class Builder {
    private XaiClient client;
    private XaiChatOptions options = XaiChatOptions.builder().build();
    private ToolCallingManager toolCallingManager;
    private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;
    private ChatModelObservationConvention observationConvention = DEFAULT_CONVENTION;

    private Builder() {
    }

    /** The client calls go through (required); the model does not close it. */
    public Builder client(XaiClient client) {
      this.client = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /** The default options; without a model, {@value XaiChatModel#DEFAULT_MODEL}. */
    public Builder options(XaiChatOptions options) {
      this.options = Objects.requireNonNull(options, "options == null");
      return this;
    }

    /**
     * Resolves the prompt's tool callbacks to the definitions sent; default
     * {@code ToolCallingManager.builder().build()}. It is never asked to run a tool.
     */
    public Builder toolCallingManager(ToolCallingManager toolCallingManager) {
      this.toolCallingManager = Objects.requireNonNull(toolCallingManager,
          "toolCallingManager == null");
      return this;
    }

    /** Where observations go; default {@link ObservationRegistry#NOOP}. */
    public Builder observationRegistry(ObservationRegistry observationRegistry) {
      this.observationRegistry = Objects.requireNonNull(observationRegistry,
          "observationRegistry == null");
      return this;
    }

    /** The observation's name and key values; default Spring AI's. */
    public Builder observationConvention(ChatModelObservationConvention convention) {
      this.observationConvention = Objects.requireNonNull(convention, "convention == null");
      return this;
    }

    public XaiChatModel build() {
      return new XaiChatModel(this);
    }
  }
}
