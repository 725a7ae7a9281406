package io.github.xaijava.langchain4j;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.output.FinishReason;
import io.github.xaijava.generated.model.AssistantMessage;
import io.github.xaijava.generated.model.ChatFunctionTool;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ContentPart;
import io.github.xaijava.generated.model.Function;
import io.github.xaijava.generated.model.FunctionDefinition;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.SystemMessage;
import io.github.xaijava.generated.model.ToolCall;
import io.github.xaijava.generated.model.ToolMessage;
import io.github.xaijava.generated.model.Usage;
import io.github.xaijava.XaiJson;
import io.github.xaijava.structured.ResponseFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * LangChain4j's requests to xAI's chat completions and back. What LangChain4j has no field for
 * stays reachable: reasoning becomes the message's thinking, cached and reasoning tokens and cost
 * go in {@link XaiTokenUsage}, citations in {@link XaiChatResponseMetadata}.
 */
final class ChatMapper {

  private static final Gson GSON = new Gson();

  private ChatMapper() {
  }

  static ChatRequest toXai(dev.langchain4j.model.chat.request.ChatRequest request) {
    ChatRequestParameters p = request.parameters();
    ChatRequest.Builder b = ChatRequest.builder().model(p.modelName());
    for (ChatMessage message : request.messages()) {
      b.addMessage(message(message));
    }
    if (p.temperature() != null) {
      b.temperature(p.temperature());
    }
    if (p.topP() != null) {
      b.topP(p.topP());
    }
    if (p.frequencyPenalty() != null) {
      b.frequencyPenalty(p.frequencyPenalty());
    }
    if (p.presencePenalty() != null) {
      b.presencePenalty(p.presencePenalty());
    }
    if (p.maxOutputTokens() != null) {
      b.maxCompletionTokens(p.maxOutputTokens());
    }
    if (p.stopSequences() != null && !p.stopSequences().isEmpty()) {
      b.stop(p.stopSequences());
    }
    if (p.toolSpecifications() != null && !p.toolSpecifications().isEmpty()) {
      for (ToolSpecification tool : p.toolSpecifications()) {
        b.addTool(tool(tool));
      }
      if (p.toolChoice() != null) {
        b.toolChoice(p.toolChoice() == ToolChoice.REQUIRED ? "required"
            : p.toolChoice() == ToolChoice.NONE ? "none" : "auto");
      }
    }
    ResponseFormat format = p.responseFormat();
    if (format != null && format.type() == ResponseFormatType.JSON) {
      JsonSchema schema = format.jsonSchema();
      b.responseFormat(schema == null ? ResponseFormats.jsonObject()
          : ResponseFormats.jsonSchema(schema.name() == null ? "answer" : schema.name(),
              json(JsonSchemaElementUtils.toMap(schema.rootElement()))));
    }
    if (p instanceof XaiChatRequestParameters x) {
      if (x.reasoningEffort() != null) {
        b.reasoningEffort(x.reasoningEffort());
      }
      if (x.parallelToolCalls() != null) {
        b.parallelToolCalls(x.parallelToolCalls());
      }
      if (x.searchParameters() != null) {
        b.searchParameters(x.searchParameters());
      }
      if (x.user() != null) {
        b.user(x.user());
      }
      if (x.seed() != null) {
        b.seed(x.seed());
      }
    }
    return b.build();
  }

  private static Message message(ChatMessage message) {
    if (message instanceof dev.langchain4j.data.message.SystemMessage s) {
      return SystemMessage.builder().content(s.text()).build();
    }
    if (message instanceof UserMessage u) {
      if (u.hasSingleText()) {
        return io.github.xaijava.generated.model.UserMessage.builder().content(u.singleText())
            .build();
      }
      List<ContentPart> parts = new ArrayList<>();
      for (dev.langchain4j.data.message.Content c : u.contents()) {
        parts.add(part(c));
      }
      return io.github.xaijava.generated.model.UserMessage.builder().content(parts).build();
    }
    if (message instanceof AiMessage ai) {
      AssistantMessage.Builder a = AssistantMessage.builder();
      if (ai.text() != null) {
        a.content(ai.text());
      }
      for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
        a.addToolCall(ToolCall.builder().id(call.id()).type("function").function(Function.builder()
            .name(call.name()).arguments(call.arguments()).build()).build());
      }
      return a.build();
    }
    if (message instanceof ToolExecutionResultMessage result) {
      return ToolMessage.builder().toolCallId(result.id()).content(result.text()).build();
    }
    throw new IllegalArgumentException("xAI's chat has no message of type " + message.type());
  }

  private static ContentPart part(dev.langchain4j.data.message.Content content) {
    JsonObject part = new JsonObject();
    if (content instanceof TextContent text) {
      part.addProperty("type", "text");
      part.addProperty("text", text.text());
    } else if (content instanceof ImageContent image) {
      String url = image.image().url() != null ? image.image().url().toString()
          : "data:" + image.image().mimeType() + ";base64," + image.image().base64Data();
      JsonObject imageUrl = new JsonObject();
      imageUrl.addProperty("url", url);
      if (image.detailLevel() != null) {
        imageUrl.addProperty("detail", image.detailLevel().name().toLowerCase(java.util.Locale.ROOT));
      }
      part.addProperty("type", "image_url");
      part.add("image_url", imageUrl);
    } else {
      throw new IllegalArgumentException("xAI's chat takes text and images, not " + content.type());
    }
    return XaiJson.gson().fromJson(part, ContentPart.class);
  }

  private static ChatFunctionTool tool(ToolSpecification spec) {
    FunctionDefinition.Builder f = FunctionDefinition.builder().name(spec.name());
    if (spec.description() != null) {
      f.description(spec.description());
    }
    JsonObjectSchema parameters = spec.parameters();
    f.parameters(parameters != null ? json(JsonSchemaElementUtils.toMap(parameters))
        : emptyObjectSchema());
    return ChatFunctionTool.builder().function(f.build()).build();
  }

  private static JsonObject emptyObjectSchema() {
    JsonObject o = new JsonObject();
    o.addProperty("type", "object");
    o.add("properties", new JsonObject());
    return o;
  }

  private static JsonObject json(Map<String, Object> map) {
    return GSON.toJsonTree(map).getAsJsonObject();
  }

  /** The answer as LangChain4j's response. */
  static dev.langchain4j.model.chat.response.ChatResponse fromXai(ChatResponse response) {
    AiMessage.Builder ai = AiMessage.builder();
    String text = response.text();
    if (!text.isEmpty()) {
      ai.text(text);
    }
    String thinking = response.reasoningText();
    if (!thinking.isEmpty()) {
      ai.thinking(thinking);
    }
    List<ToolExecutionRequest> calls = new ArrayList<>();
    for (ToolCall call : response.toolCalls()) {
      calls.add(ToolExecutionRequest.builder().id(call.id()).name(call.function().name())
          .arguments(call.function().arguments()).build());
    }
    if (!calls.isEmpty()) {
      ai.toolExecutionRequests(calls);
    }
    String finish = response.choices().isEmpty() ? null
        : response.choices().get(0).finishReason().orElse(null);
    return dev.langchain4j.model.chat.response.ChatResponse.builder()
        .aiMessage(ai.build())
        .metadata(XaiChatResponseMetadata.builder()
            .id(response.id())
            .modelName(response.model())
            .tokenUsage(response.usage().map(ChatMapper::usage).orElse(null))
            .finishReason(calls.isEmpty() ? finishReason(finish) : FinishReason.TOOL_EXECUTION)
            .citations(response.citations())
            .build())
        .build();
  }

  static XaiTokenUsage usage(Usage u) {
    return new XaiTokenUsage(u.promptTokens(), u.completionTokens(), u.totalTokens(),
        u.promptTokensDetails().cachedTokens(), u.completionTokensDetails().reasoningTokens(),
        u.costInUsdTicks());
  }

  static FinishReason finishReason(String reason) {
    if (reason == null) {
      return null;
    }
    return switch (reason) {
      case "stop", "end_turn" -> FinishReason.STOP;
      case "length", "max_tokens" -> FinishReason.LENGTH;
      case "tool_calls", "function_call" -> FinishReason.TOOL_EXECUTION;
      case "content_filter" -> FinishReason.CONTENT_FILTER;
      default -> FinishReason.OTHER;
    };
  }
}
