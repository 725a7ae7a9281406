package io.github.xaijava.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.streaming.ChatCompletionAccumulator;
import io.github.xaijava.streaming.StreamHandler;
import java.util.List;
import java.util.Set;

/**
 * Grok as a LangChain4j {@link StreamingChatModel}: the answer's text and reasoning as they are
 * written, then the tool calls (each complete: xAI sends a call whole), then the response. As the
 * framework requires, every callback comes on one thread that is not the caller's (xai-java's
 * stream thread), in that order, and {@code onCompleteResponse} or {@code onError} exactly once.
 * Otherwise as {@link XaiChatModel}.
 */
public final class XaiStreamingChatModel implements StreamingChatModel, AutoCloseable {

  private final XaiClient client;
  private final boolean ownsClient;
  private final ChatRequestParameters defaults;
  private final List<ChatModelListener> listeners;

  private XaiStreamingChatModel(Builder b) {
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
  public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
    io.github.xaijava.generated.model.ChatRequest xai;
    try {
      xai = ChatMapper.toXai(request);
    } catch (RuntimeException e) {
      handler.onError(e);
      return;
    }
    ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    client.async().chat().stream(xai, new StreamHandler<>() {
      @Override
      public void onEvent(ChatResponseChunk chunk) {
        accumulator.accept(chunk);
        String thinking = chunk.deltaReasoning();
        if (!thinking.isEmpty()) {
          handler.onPartialThinking(new PartialThinking(thinking));
        }
        String text = chunk.deltaText();
        if (!text.isEmpty()) {
          handler.onPartialResponse(text);
        }
      }

      @Override
      public void onComplete() {
        ChatResponse response;
        try {
          response = ChatMapper.fromXai(accumulator.result());
        } catch (RuntimeException e) {
          handler.onError(Errors.map(e));
          return;
        }
        List<ToolExecutionRequest> calls = response.aiMessage().toolExecutionRequests();
        for (int i = 0; i < calls.size(); i++) {
          handler.onCompleteToolCall(new CompleteToolCall(i, calls.get(i)));
        }
        handler.onCompleteResponse(response);
      }

      @Override
      public void onError(Throwable error) {
        handler.onError(Errors.map(error));
      }
    });
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

  /** Builds an {@link XaiStreamingChatModel}. */
  public static final class Builder extends XaiModelBuilder<Builder> {
    private Builder() {
    }

    public XaiStreamingChatModel build() {
      return new XaiStreamingChatModel(this);
    }
  }
}
