package io.github.xaijava.langchain4j;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.xaijava.XaiClient;
import java.util.List;
import java.util.Set;

/**
 * Grok as a LangChain4j {@link ChatModel}, over xAI's chat completions through an
 * {@link XaiClient} (its retries, timeouts and typed errors; errors reach LangChain4j as its own
 * exception types with xai-java's as the cause).
 *
 * <pre>{@code
 * ChatModel model = XaiChatModel.builder().clientOptions(o -> o.fromEnv()).modelName("grok-4").build();
 * Assistant assistant = AiServices.create(Assistant.class, model);
 * }</pre>
 *
 * <p>The model never runs tools: it returns the calls the model asks for, and LangChain4j's AI
 * services run them. It declares JSON-schema structured output, so AI services ask xAI for it.
 * Reasoning text comes back as the message's thinking; cached and reasoning token counts, the
 * cost and citations in {@link XaiChatResponseMetadata}. Close it when it made its own client.
 */
public final class XaiChatModel implements ChatModel, AutoCloseable {

  private final XaiClient client;
  private final boolean ownsClient;
  private final ChatRequestParameters defaults;
  private final List<ChatModelListener> listeners;

  private XaiChatModel(Builder b) {
    this.client = b.clientOrNew();
    this.ownsClient = b.client == null;
    this.defaults = b.defaults();
    this.listeners = b.listeners;
  }

  /** A builder: set a client or client options, and a model name. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    try {
      return ChatMapper.fromXai(client.chat().create(ChatMapper.toXai(request)));
    } catch (RuntimeException e) {
      throw Errors.map(e);
    }
  }

  @Override
  public ChatRequestParameters defaultRequestParameters() {
    return defaults;
  }

  @Override
  public List<ChatModelListener> listeners() {
    return listeners;
  }

  @Override
  public ModelProvider provider() {
    // LangChain4j has no constant for xAI yet; its telemetry reports OTHER as "unknown".
    return ModelProvider.OTHER;
  }

  @Override
  public Set<Capability> supportedCapabilities() {
    return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
  }

  /** Closes the client if the model made it. */
  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  /** Builds an {@link XaiChatModel}. */
  public static final class Builder extends XaiModelBuilder<Builder> {
    private Builder() {
    }

    public XaiChatModel build() {
      return new XaiChatModel(this);
    }
  }
}
