package io.github.xaijava.springai;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiJson;
import io.github.xaijava.generated.model.ChatFunctionTool;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.Choice;
import io.github.xaijava.generated.model.ContentPart;
import io.github.xaijava.generated.model.Function;
import io.github.xaijava.generated.model.FunctionDefinition;
import io.github.xaijava.generated.model.ToolCall;
import io.github.xaijava.generated.model.ToolMessage;
import io.github.xaijava.generated.model.Usage;
import io.github.xaijava.structured.ResponseFormats;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.content.Media;
import org.springframework.ai.tool.definition.ToolDefinition;

/**
 * Spring AI's prompts to xAI's chat completions and back. What Spring AI has no field for stays
 * reachable: reasoning text in the message's properties, citations and cost in the response
 * metadata, the xAI usage object as the usage's native usage.
 */
final class ChatMapper {

  private ChatMapper() {
  }

  static ChatRequest toXai(List<Message> messages, XaiChatOptions o, List<ToolDefinition> tools) {
    ChatRequest.Builder b = ChatRequest.builder();
    if (o.getModel() == null) {
      throw new IllegalArgumentException("no model: set XaiChatOptions.model (e.g. grok-4)");
    }
    b.model(o.getModel());
    for (Message m : messages) {
      addMessages(b, m);
    }
    if (o.getTemperature() != null) {
      b.temperature(o.getTemperature());
    }
    if (o.getTopP() != null) {
      b.topP(o.getTopP());
    }
    if (o.getFrequencyPenalty() != null) {
      b.frequencyPenalty(o.getFrequencyPenalty());
    }
    if (o.getPresencePenalty() != null) {
      b.presencePenalty(o.getPresencePenalty());
    }
    if (o.getMaxTokens() != null) {
      b.maxCompletionTokens(o.getMaxTokens());
    }
    if (o.getStopSequences() != null && !o.getStopSequences().isEmpty()) {
      b.stop(o.getStopSequences());
    }
    for (ToolDefinition tool : tools) {
      b.addTool(tool(tool));
    }
    if (o.getOutputSchema() != null && !o.getOutputSchema().isBlank()) {
      b.responseFormat(ResponseFormats.jsonSchema("output", object(o.getOutputSchema(),
          "the output schema")));
    }
    o.getReasoningEffort().ifPresent(b::reasoningEffort);
    o.getParallelToolCalls().ifPresent(b::parallelToolCalls);
    o.getSearchParameters().ifPresent(b::searchParameters);
    o.getUser().ifPresent(b::user);
    o.getSeed().ifPresent(b::seed);
    return b.build();
  }

  private static void addMessages(ChatRequest.Builder b, Message message) {
    if (message instanceof SystemMessage s) {
      b.addMessage(io.github.xaijava.generated.model.SystemMessage.builder().content(text(s))
          .build());
    } else if (message instanceof UserMessage u) {
      io.github.xaijava.generated.model.UserMessage.Builder x =
          io.github.xaijava.generated.model.UserMessage.builder();
      if (u.getMedia().isEmpty()) {
        x.content(text(u));
      } else {
        List<ContentPart> parts = new ArrayList<>();
        if (u.getText() != null && !u.getText().isEmpty()) {
          JsonObject part = new JsonObject();
          part.addProperty("type", "text");
          part.addProperty("text", u.getText());
          parts.add(XaiJson.gson().fromJson(part, ContentPart.class));
        }
        for (Media media : u.getMedia()) {
          parts.add(image(media));
        }
        x.content(parts);
      }
      b.addMessage(x.build());
    } else if (message instanceof AssistantMessage a) {
      io.github.xaijava.generated.model.AssistantMessage.Builder x =
          io.github.xaijava.generated.model.AssistantMessage.builder();
      if (a.getText() != null && !a.getText().isEmpty()) {
        x.content(a.getText());
      }
      for (AssistantMessage.ToolCall call : a.getToolCalls()) {
        x.addToolCall(ToolCall.builder().id(call.id()).type("function")
            .function(Function.builder().name(call.name()).arguments(call.arguments()).build())
            .build());
      }
      b.addMessage(x.build());
    } else if (message instanceof ToolResponseMessage t) {
      // One Spring AI message holds the results of all the calls of a turn; xAI wants one
      // message per call.
      for (ToolResponseMessage.ToolResponse r : t.getResponses()) {
        b.addMessage(ToolMessage.builder().toolCallId(r.id())
            .content(r.responseData() == null ? "" : r.responseData()).build());
      }
    } else {
      throw new IllegalArgumentException(
          "xAI's chat has no message of type " + message.getMessageType());
    }
  }

  private static String text(Message m) {
    return m.getText() == null ? "" : m.getText();
  }

  private static ContentPart image(Media media) {
    if (!"image".equals(media.getMimeType().getType())) {
      throw new IllegalArgumentException("xAI's chat takes text and images, not "
          + media.getMimeType());
    }
    Object data = media.getData();
    String url;
    if (data instanceof byte[] bytes) {
      url = "data:" + media.getMimeType() + ";base64," + Base64.getEncoder().encodeToString(bytes);
    } else if (data instanceof String || data instanceof URI || data instanceof URL) {
      url = data.toString();
    } else {
      throw new IllegalArgumentException("an image must be a URL or bytes, not " + data);
    }
    JsonObject imageUrl = new JsonObject();
    imageUrl.addProperty("url", url);
    JsonObject part = new JsonObject();
    part.addProperty("type", "image_url");
    part.add("image_url", imageUrl);
    return XaiJson.gson().fromJson(part, ContentPart.class);
  }

  private static ChatFunctionTool tool(ToolDefinition tool) {
    FunctionDefinition.Builder f = FunctionDefinition.builder().name(tool.name());
    if (tool.description() != null && !tool.description().isEmpty()) {
      f.description(tool.description());
    }
    f.parameters(object(tool.inputSchema(), "the input schema of tool " + tool.name()));
    return ChatFunctionTool.builder().function(f.build()).build();
  }

  private static JsonObject object(String json, String what) {
    JsonElement e = JsonParser.parseString(json);
    if (!e.isJsonObject()) {
      throw new IllegalArgumentException(what + " is not a JSON object: " + json);
    }
    return e.getAsJsonObject();
  }

  /**
   * A complete answer as Spring AI's response. With {@code withText} false (the last element of a
   * stream, whose text the earlier elements carried) the messages have no text, so that
   * aggregating the stream does not repeat it.
   */
  static org.springframework.ai.chat.model.ChatResponse fromXai(ChatResponse response,
      boolean withText) {
    List<Generation> generations = new ArrayList<>();
    for (Choice choice : response.choices()) {
      Map<String, Object> properties = new LinkedHashMap<>();
      if (response.id() != null) {
        properties.put("id", response.id());
      }
      if (choice.message().role() != null) {
        properties.put("role", choice.message().role());
      }
      properties.put("index", choice.index());
      choice.finishReason().ifPresent(r -> properties.put("finishReason", r));
      choice.message().reasoningContent().filter(r -> !r.isEmpty())
          .ifPresent(r -> properties.put(XaiChatModel.REASONING_CONTENT, r));
      choice.message().refusal().ifPresent(r -> properties.put("refusal", r));
      List<AssistantMessage.ToolCall> calls = new ArrayList<>();
      for (ToolCall call : choice.message().toolCalls()) {
        calls.add(new AssistantMessage.ToolCall(call.id(), call.type().orElse("function"),
            call.function().name(), call.function().arguments()));
      }
      AssistantMessage message = AssistantMessage.builder()
          .content(withText ? choice.message().content().orElse("") : "")
          .properties(properties)
          .toolCalls(calls)
          .build();
      ChatGenerationMetadata.Builder metadata = ChatGenerationMetadata.builder();
      choice.finishReason().ifPresent(metadata::finishReason);
      generations.add(new Generation(message, metadata.build()));
    }
    return new org.springframework.ai.chat.model.ChatResponse(generations, metadata(
        response.id(), response.model(), response.usage().orElse(null), response.citations(),
        response.systemFingerprint().orElse(null)));
  }

  /** One element of a stream: the text and reasoning written since the previous one. */
  static org.springframework.ai.chat.model.ChatResponse fromChunk(ChatResponseChunk chunk) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (chunk.id() != null) {
      properties.put("id", chunk.id());
    }
    String reasoning = chunk.deltaReasoning();
    if (!reasoning.isEmpty()) {
      properties.put(XaiChatModel.REASONING_CONTENT, reasoning);
    }
    AssistantMessage message = AssistantMessage.builder().content(chunk.deltaText())
        .properties(properties).build();
    return new org.springframework.ai.chat.model.ChatResponse(List.of(new Generation(message)),
        metadata(chunk.id(), chunk.model(), null, List.of(), null));
  }

  private static ChatResponseMetadata metadata(String id, String model, Usage usage,
      List<String> citations, String fingerprint) {
    ChatResponseMetadata.Builder b = ChatResponseMetadata.builder();
    if (id != null) {
      b.id(id);
    }
    if (model != null) {
      b.model(model);
    }
    if (usage != null) {
      b.usage(usage(usage));
      b.keyValue(XaiChatModel.COST_IN_USD_TICKS, usage.costInUsdTicks());
      b.keyValue(XaiChatModel.REASONING_TOKENS,
          usage.completionTokensDetails().reasoningTokens());
    }
    if (!citations.isEmpty()) {
      b.keyValue(XaiChatModel.CITATIONS, List.copyOf(citations));
    }
    if (fingerprint != null) {
      b.keyValue("system-fingerprint", fingerprint);
    }
    return b.build();
  }

  static DefaultUsage usage(Usage u) {
    // Cache writes are not reported by xAI (caching is automatic), so they stay null.
    return new DefaultUsage(u.promptTokens(), u.completionTokens(), u.totalTokens(), u,
        (long) u.promptTokensDetails().cachedTokens(), null);
  }
}
