package io.github.xaijava.opentelemetry;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The request's and the answer's content in the shapes of the GenAI conventions' JSON schemas
 * (gen-ai-input-messages.json, gen-ai-output-messages.json, gen-ai-system-instructions.json):
 * messages of {@code role} and {@code parts}, each part typed {@code text}, {@code tool_call},
 * {@code tool_call_response}, {@code reasoning}, {@code uri}, {@code blob} or {@code file}. A
 * part xAI has and the schema has no type for is kept as it came (the schema's generic part).
 * Only used when content capture is on.
 */
final class Content {

  private Content() {
  }

  // ----------------------------------------------------------------------------- input

  /** Chat completions' {@code messages}. */
  static JsonArray chatInput(JsonElement messages) {
    JsonArray out = new JsonArray();
    if (messages == null || !messages.isJsonArray()) {
      return out;
    }
    for (JsonElement e : messages.getAsJsonArray()) {
      if (!e.isJsonObject()) {
        continue;
      }
      JsonObject m = e.getAsJsonObject();
      String role = orDefault(Json.string(m, "role"), "user");
      JsonArray parts = new JsonArray();
      if ("tool".equals(role) || "function".equals(role)) {
        JsonObject part = part("tool_call_response");
        putString(part, "id", Json.string(m, "tool_call_id"));
        part.add("response", textOf(m.get("content")));
        parts.add(part);
        out.add(message("tool", parts));
        continue;
      }
      addChatParts(parts, m.get("content"));
      JsonObject reasoning = reasoningPart(Json.string(m, "reasoning_content"));
      if (reasoning != null) {
        parts.add(reasoning);
      }
      addToolCalls(parts, Json.array(m, "tool_calls"));
      JsonObject message = message(role, parts);
      putString(message, "name", Json.string(m, "name"));
      out.add(message);
    }
    return out;
  }

  /** The Responses API's {@code input}: a string, or a list of items. */
  static JsonArray responsesInput(JsonElement input) {
    JsonArray out = new JsonArray();
    if (input == null || input.isJsonNull()) {
      return out;
    }
    if (input.isJsonPrimitive()) {
      out.add(message("user", textParts(input.getAsString())));
      return out;
    }
    if (!input.isJsonArray()) {
      return out;
    }
    for (JsonElement e : input.getAsJsonArray()) {
      if (!e.isJsonObject()) {
        continue;
      }
      JsonObject item = e.getAsJsonObject();
      String type = Json.string(item, "type");
      String role = Json.string(item, "role");
      if (role != null && (type == null || "message".equals(type))) {
        JsonArray parts = new JsonArray();
        addResponsesParts(parts, item.get("content"));
        out.add(message(role, parts));
        continue;
      }
      if ("function_call_output".equals(type)) {
        JsonObject part = part("tool_call_response");
        putString(part, "id", Json.string(item, "call_id"));
        part.add("response", textOf(item.get("output")));
        out.add(message("tool", single(part)));
        continue;
      }
      out.add(message("assistant", single(responsesItemPart(item))));
    }
    return out;
  }

  /** The Messages API's (Anthropic-compatible) {@code messages}. */
  static JsonArray anthropicInput(JsonElement messages) {
    JsonArray out = new JsonArray();
    if (messages == null || !messages.isJsonArray()) {
      return out;
    }
    for (JsonElement e : messages.getAsJsonArray()) {
      if (!e.isJsonObject()) {
        continue;
      }
      JsonObject m = e.getAsJsonObject();
      JsonArray parts = new JsonArray();
      addAnthropicBlocks(parts, m.get("content"));
      out.add(message(orDefault(Json.string(m, "role"), "user"), parts));
    }
    return out;
  }

  /** A text prompt (legacy completions, images, videos): one user message. */
  static JsonArray promptInput(JsonElement prompt) {
    JsonArray out = new JsonArray();
    if (prompt == null || prompt.isJsonNull()) {
      return out;
    }
    if (prompt.isJsonArray()) {
      for (JsonElement p : prompt.getAsJsonArray()) {
        if (p.isJsonPrimitive()) {
          out.add(message("user", textParts(p.getAsString())));
        }
      }
    } else if (prompt.isJsonPrimitive()) {
      out.add(message("user", textParts(prompt.getAsString())));
    }
    return out;
  }

  /** Instructions given apart from the messages: a string or Anthropic's text blocks. */
  static JsonArray systemInstructions(JsonElement system) {
    JsonArray parts = new JsonArray();
    if (system == null || system.isJsonNull()) {
      return parts;
    }
    if (system.isJsonPrimitive()) {
      return textParts(system.getAsString());
    }
    addAnthropicBlocks(parts, system);
    return parts;
  }

  // ----------------------------------------------------------------------------- output

  /** One output message per chat completion choice. */
  static JsonArray chatOutput(JsonArray choices) {
    JsonArray out = new JsonArray();
    if (choices == null) {
      return out;
    }
    for (JsonElement e : choices) {
      if (!e.isJsonObject()) {
        continue;
      }
      JsonObject choice = e.getAsJsonObject();
      JsonObject m = Json.object(choice, "message");
      JsonArray parts = new JsonArray();
      JsonObject reasoning = reasoningPart(Json.string(m, "reasoning_content"));
      if (reasoning != null) {
        parts.add(reasoning);
      }
      if (m != null) {
        addChatParts(parts, m.get("content"));
        addToolCalls(parts, Json.array(m, "tool_calls"));
      }
      String text = Json.string(choice, "text"); // legacy completions
      if (text != null) {
        parts.add(textPart(text));
      }
      out.add(outputMessage(parts, Json.string(choice, "finish_reason")));
    }
    return out;
  }

  /** The Responses API's {@code output} items as one assistant message. */
  static JsonArray responsesOutput(JsonArray output, String finishReason) {
    JsonArray parts = new JsonArray();
    if (output != null) {
      for (JsonElement e : output) {
        if (!e.isJsonObject()) {
          continue;
        }
        JsonObject item = e.getAsJsonObject();
        if ("message".equals(Json.string(item, "type"))) {
          addResponsesParts(parts, item.get("content"));
        } else {
          parts.add(responsesItemPart(item));
        }
      }
    }
    JsonArray out = new JsonArray();
    out.add(outputMessage(parts, finishReason));
    return out;
  }

  /** A Messages API answer's content blocks as one assistant message. */
  static JsonArray anthropicOutput(JsonElement content, String stopReason) {
    JsonArray parts = new JsonArray();
    addAnthropicBlocks(parts, content);
    JsonArray out = new JsonArray();
    out.add(outputMessage(parts, stopReason));
    return out;
  }

  /**
   * One message per generated image, as a link. Images sent inline ({@code b64_json}) are left
   * out: megabytes of base64 in a span attribute cost every exporter more than they tell.
   */
  static JsonArray imagesOutput(JsonArray data) {
    JsonArray out = new JsonArray();
    if (data == null) {
      return out;
    }
    for (JsonElement e : data) {
      if (!e.isJsonObject()) {
        continue;
      }
      JsonObject image = e.getAsJsonObject();
      JsonArray parts = new JsonArray();
      String url = Json.string(image, "url");
      if (url != null) {
        JsonObject part = part("uri");
        part.addProperty("modality", "image");
        putString(part, "mime_type", Json.string(image, "mime_type"));
        part.addProperty("uri", url);
        parts.add(part);
      }
      out.add(outputMessage(parts, "stop"));
    }
    return out;
  }

  static JsonObject outputMessage(JsonArray parts, String finishReason) {
    JsonObject m = message("assistant", parts);
    // Required by the schema; an answer that names none ended without saying why.
    m.addProperty("finish_reason", finishReason == null ? "unknown" : finishReason);
    return m;
  }

  // ----------------------------------------------------------------------------- parts

  static JsonObject textPart(String text) {
    JsonObject p = part("text");
    p.addProperty("content", text);
    return p;
  }

  static JsonObject reasoningPart(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    JsonObject p = part("reasoning");
    p.addProperty("content", text);
    return p;
  }

  static JsonObject toolCallPart(String id, String name, JsonElement arguments) {
    JsonObject p = part("tool_call");
    putString(p, "id", id);
    p.addProperty("name", orDefault(name, ""));
    if (arguments != null) {
      p.add("arguments", arguments);
    }
    return p;
  }

  private static void addChatParts(JsonArray parts, JsonElement content) {
    if (content == null || content.isJsonNull()) {
      return;
    }
    if (content.isJsonPrimitive()) {
      parts.add(textPart(content.getAsString()));
      return;
    }
    if (!content.isJsonArray()) {
      return;
    }
    for (JsonElement e : content.getAsJsonArray()) {
      if (!e.isJsonObject()) {
        continue;
      }
      JsonObject p = e.getAsJsonObject();
      String type = orDefault(Json.string(p, "type"), "");
      switch (type) {
        case "text":
          parts.add(textPart(orDefault(Json.string(p, "text"), "")));
          break;
        case "image_url": {
          JsonObject image = Json.object(p, "image_url");
          String url = image != null ? Json.string(image, "url") : Json.string(p, "image_url");
          parts.add(url == null ? p : linked(url, "image"));
          break;
        }
        case "file": {
          JsonObject file = Json.object(p, "file");
          String id = Json.string(file, "file_id");
          parts.add(id == null ? p : filePart(id));
          break;
        }
        default:
          parts.add(p);
      }
    }
  }

  private static void addResponsesParts(JsonArray parts, JsonElement content) {
    if (content == null || content.isJsonNull()) {
      return;
    }
    if (content.isJsonPrimitive()) {
      parts.add(textPart(content.getAsString()));
      return;
    }
    if (!content.isJsonArray()) {
      return;
    }
    for (JsonElement e : content.getAsJsonArray()) {
      if (!e.isJsonObject()) {
        continue;
      }
      JsonObject p = e.getAsJsonObject();
      String type = orDefault(Json.string(p, "type"), "");
      switch (type) {
        case "input_text":
        case "output_text":
        case "text":
          parts.add(textPart(orDefault(Json.string(p, "text"), "")));
          break;
        case "refusal":
          parts.add(textPart(orDefault(Json.string(p, "refusal"), "")));
          break;
        case "input_image": {
          String url = Json.string(p, "image_url");
          String id = Json.string(p, "file_id");
          parts.add(url != null ? linked(url, "image") : id != null ? filePart(id) : p);
          break;
        }
        case "input_file": {
          String url = Json.string(p, "file_url");
          String id = Json.string(p, "file_id");
          parts.add(id != null ? filePart(id) : url != null ? linked(url, "document") : p);
          break;
        }
        default:
          parts.add(p);
      }
    }
  }

  /** A Responses item other than a message: a tool call, reasoning, or kept as it is. */
  private static JsonObject responsesItemPart(JsonObject item) {
    String type = orDefault(Json.string(item, "type"), "");
    switch (type) {
      case "function_call":
        return toolCallPart(Json.string(item, "call_id"), Json.string(item, "name"),
            Json.valueOf(Json.string(item, "arguments")));
      case "reasoning": {
        StringBuilder text = new StringBuilder();
        JsonArray summary = Json.array(item, "summary");
        if (summary != null) {
          for (JsonElement s : summary) {
            if (s.isJsonObject() && Json.string(s.getAsJsonObject(), "text") != null) {
              text.append(text.length() == 0 ? "" : "\n")
                  .append(Json.string(s.getAsJsonObject(), "text"));
            }
          }
        }
        JsonObject p = part("reasoning");
        p.addProperty("content", text.toString());
        return p;
      }
      default:
        return item;
    }
  }

  private static void addAnthropicBlocks(JsonArray parts, JsonElement content) {
    if (content == null || content.isJsonNull()) {
      return;
    }
    if (content.isJsonPrimitive()) {
      parts.add(textPart(content.getAsString()));
      return;
    }
    if (!content.isJsonArray()) {
      return;
    }
    for (JsonElement e : content.getAsJsonArray()) {
      if (!e.isJsonObject()) {
        continue;
      }
      JsonObject b = e.getAsJsonObject();
      String type = orDefault(Json.string(b, "type"), "");
      switch (type) {
        case "text":
          parts.add(textPart(orDefault(Json.string(b, "text"), "")));
          break;
        case "thinking": {
          JsonObject p = part("reasoning");
          p.addProperty("content", orDefault(Json.string(b, "thinking"), ""));
          parts.add(p);
          break;
        }
        case "tool_use":
          parts.add(toolCallPart(Json.string(b, "id"), Json.string(b, "name"), b.get("input")));
          break;
        case "tool_result": {
          JsonObject p = part("tool_call_response");
          putString(p, "id", Json.string(b, "tool_use_id"));
          p.add("response", textOf(b.get("content")));
          parts.add(p);
          break;
        }
        case "image": {
          JsonObject source = Json.object(b, "source");
          String url = Json.string(source, "url");
          String data = Json.string(source, "data");
          if (url != null) {
            parts.add(linked(url, "image"));
          } else if (data != null) {
            parts.add(blob("image", Json.string(source, "media_type"), data));
          } else {
            parts.add(b);
          }
          break;
        }
        default:
          parts.add(b);
      }
    }
  }

  private static void addToolCalls(JsonArray parts, JsonArray calls) {
    if (calls == null) {
      return;
    }
    for (JsonElement e : calls) {
      if (!e.isJsonObject()) {
        continue;
      }
      JsonObject call = e.getAsJsonObject();
      JsonObject function = Json.object(call, "function");
      parts.add(toolCallPart(Json.string(call, "id"), Json.string(function, "name"),
          Json.valueOf(Json.string(function, "arguments"))));
    }
  }

  /** A URL as a {@code uri} part, or a {@code data:} URL as the {@code blob} it carries. */
  private static JsonObject linked(String url, String modality) {
    if (url.startsWith("data:")) {
      int comma = url.indexOf(',');
      String meta = comma < 0 ? "" : url.substring("data:".length(), comma);
      int semicolon = meta.indexOf(';');
      String mime = semicolon < 0 ? meta : meta.substring(0, semicolon);
      return blob(modality, mime.isEmpty() ? null : mime, comma < 0 ? "" : url.substring(comma + 1));
    }
    JsonObject p = part("uri");
    p.addProperty("modality", modality);
    p.addProperty("uri", url);
    return p;
  }

  private static JsonObject blob(String modality, String mime, String base64) {
    JsonObject p = part("blob");
    p.addProperty("modality", modality);
    putString(p, "mime_type", mime);
    p.addProperty("content", base64);
    return p;
  }

  private static JsonObject filePart(String fileId) {
    JsonObject p = part("file");
    p.addProperty("modality", "document");
    p.addProperty("file_id", fileId);
    return p;
  }

  /** A tool result as text when it is text (or text blocks), else as it came. */
  private static JsonElement textOf(JsonElement content) {
    if (content == null || content.isJsonNull()) {
      return new JsonPrimitive("");
    }
    if (content.isJsonArray()) {
      StringBuilder text = new StringBuilder();
      for (JsonElement e : content.getAsJsonArray()) {
        String t = e.isJsonObject() ? Json.string(e.getAsJsonObject(), "text") : null;
        if (t == null) {
          return content;
        }
        text.append(t);
      }
      return new JsonPrimitive(text.toString());
    }
    return content;
  }

  private static JsonObject message(String role, JsonArray parts) {
    JsonObject m = new JsonObject();
    m.addProperty("role", role);
    m.add("parts", parts);
    return m;
  }

  private static JsonArray textParts(String text) {
    return single(textPart(text));
  }

  private static JsonArray single(JsonObject part) {
    JsonArray parts = new JsonArray();
    parts.add(part);
    return parts;
  }

  private static JsonObject part(String type) {
    JsonObject p = new JsonObject();
    p.addProperty("type", type);
    return p;
  }

  private static void putString(JsonObject o, String name, String value) {
    if (value != null) {
      o.addProperty(name, value);
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
