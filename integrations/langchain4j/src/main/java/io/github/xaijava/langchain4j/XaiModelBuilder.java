package io.github.xaijava.langchain4j;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import io.github.xaijava.XaiClient;
import io.github.xaijava.config.ClientOptions;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What both models are built from: an {@link XaiClient} you own (shared, not closed by the model),
 * or client options from which the model makes its own client (closed by {@code close()}); the
 * model name and default parameters; LangChain4j's listeners.
 *
 * @param <B> the builder
 */
public abstract class XaiModelBuilder<B extends XaiModelBuilder<B>> {

  XaiClient client;
  ClientOptions options;
  String modelName;
  ChatRequestParameters defaultRequestParameters = XaiChatRequestParameters.EMPTY;
  List<ChatModelListener> listeners = List.of();

  XaiModelBuilder() {
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Calls go through {@code client}; the model does not close it. */
  public B client(XaiClient client) {
    this.client = Objects.requireNonNull(client, "client == null");
    return self();
  }

  /**
   * The model makes its own client with these options (e.g. {@code o -> o.fromEnv()}), closed by
   * the model's {@code close()}.
   */
  public B clientOptions(Consumer<ClientOptions.Builder> configure) {
    ClientOptions.Builder b = ClientOptions.builder();
    configure.accept(b);
    this.options = b.build();
    return self();
  }

  /** The model, e.g. {@code grok-4}; a request's own model name wins. */
  public B modelName(String modelName) {
    this.modelName = Objects.requireNonNull(modelName, "modelName == null");
    return self();
  }

  /** Parameters every request starts from ({@link XaiChatRequestParameters} for xAI's own). */
  public B defaultRequestParameters(ChatRequestParameters parameters) {
    this.defaultRequestParameters = Objects.requireNonNull(parameters, "parameters == null");
    return self();
  }

  /** LangChain4j's listeners (observability), told of every request, response and error. */
  public B listeners(List<ChatModelListener> listeners) {
    this.listeners = List.copyOf(listeners);
    return self();
  }

  /** The client to use, and whether the model owns it. */
  final XaiClient clientOrNew() {
    if (client != null) {
      return client;
    }
    if (options == null) {
      throw new IllegalStateException("set client(XaiClient) or clientOptions(...)");
    }
    return XaiClient.create(options);
  }

  /** The defaults, with the builder's model name when the parameters name none. */
  final ChatRequestParameters defaults() {
    if (modelName == null || defaultRequestParameters.modelName() != null) {
      return defaultRequestParameters;
    }
    return XaiChatRequestParameters.builder().overrideWith(defaultRequestParameters)
        .modelName(modelName).build();
  }
}
