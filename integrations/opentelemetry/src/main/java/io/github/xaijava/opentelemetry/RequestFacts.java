package io.github.xaijava.opentelemetry;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * What a request says about the operation, read from its JSON body before it is sent: the model,
 * whether it streams, the sampling parameters as span attributes and, when content capture is
 * on, the messages.
 *
 * <p>The body is read as a stream of top-level members; the large ones (messages, input) are
 * skipped unless captured, so a request's cost here is one copy of its bytes and one scan. The
 * client's JSON bodies are byte strings, so writing one again is a copy, not a second
 * serialization. A body that is not JSON (multipart), can be written once only, or is larger
 * than {@value #MAX_REQUEST_BYTES} bytes is not read: its span has the operation alone.
 */
final class RequestFacts {

  /** 8 MiB: room for a few inline images; beyond that the scan would cost more than it tells. */
  static final long MAX_REQUEST_BYTES = 8L * 1024 * 1024;

  private static final RequestFacts NONE =
      new RequestFacts(null, false, Attributes.empty(), null, null);

  private final String model;
  private final boolean stream;
  private final Attributes attributes;
  private final String inputMessages;
  private final String systemInstructions;

  private RequestFacts(String model, boolean stream, Attributes attributes, String inputMessages,
      String systemInstructions) {
    this.model = model;
    this.stream = stream;
    this.attributes = attributes;
    this.inputMessages = inputMessages;
    this.systemInstructions = systemInstructions;
  }

  /** The requested model ({@code gen_ai.request.model}). */
  Optional<String> model() {
    return Optional.ofNullable(model);
  }

  /** Whether the request asks for an event stream. */
  boolean stream() {
    return stream;
  }

  /** The request's {@code gen_ai.request.*} and {@code gen_ai.output.type} attributes. */
  Attributes attributes() {
    return attributes;
  }

  /** {@code gen_ai.input.messages} as JSON text, when captured. */
  Optional<String> inputMessages() {
    return Optional.ofNullable(inputMessages);
  }

  /** {@code gen_ai.system_instructions} as JSON text, when captured and present. */
  Optional<String> systemInstructions() {
    return Optional.ofNullable(systemInstructions);
  }

  static RequestFacts read(Operation op, RequestBody body, boolean capture) {
    if (body == null || body.isOneShot() || body.isDuplex()) {
      return NONE;
    }
    MediaType type = body.contentType();
    long length;
    try {
      length = body.contentLength();
    } catch (IOException e) {
      return NONE;
    }
    if (type == null || !type.subtype().contains("json") || length < 0
        || length > MAX_REQUEST_BYTES) {
      return NONE;
    }
    Buffer buffer = new Buffer();
    try {
      body.writeTo(buffer);
      return parse(op, buffer, capture);
    } catch (IOException | RuntimeException e) {
      // Not ours to fail: the request goes out as it is, its span with the operation alone.
      return NONE;
    } finally {
      buffer.clear();
    }
  }

  private static RequestFacts parse(Operation op, Buffer json, boolean capture) throws IOException {
    String model = null;
    boolean stream = false;
    AttributesBuilder attributes = Attributes.builder();
    JsonElement messages = null;
    JsonElement system = null;
    try (JsonReader reader = new JsonReader(
        new InputStreamReader(json.inputStream(), StandardCharsets.UTF_8))) {
      if (reader.peek() != JsonToken.BEGIN_OBJECT) {
        return NONE;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        switch (name) {
          case "model":
            model = string(reader);
            break;
          case "stream":
            stream = bool(reader);
            break;
          case "max_tokens":
          case "max_completion_tokens":
          case "max_output_tokens":
            putLong(attributes, GenAi.REQUEST_MAX_TOKENS, reader);
            break;
          case "temperature":
            putDouble(attributes, GenAi.REQUEST_TEMPERATURE, reader);
            break;
          case "top_p":
            putDouble(attributes, GenAi.REQUEST_TOP_P, reader);
            break;
          case "top_k":
            putDouble(attributes, GenAi.REQUEST_TOP_K, reader);
            break;
          case "frequency_penalty":
            putDouble(attributes, GenAi.REQUEST_FREQUENCY_PENALTY, reader);
            break;
          case "presence_penalty":
            putDouble(attributes, GenAi.REQUEST_PRESENCE_PENALTY, reader);
            break;
          case "seed":
            putLong(attributes, GenAi.REQUEST_SEED, reader);
            break;
          case "n": {
            Long n = number(reader);
            if (n != null && n != 1) {
              attributes.put(GenAi.REQUEST_CHOICE_COUNT, n);
            }
            break;
          }
          case "stop":
          case "stop_sequences": {
            List<String> stop = strings(JsonParser.parseReader(reader));
            if (!stop.isEmpty()) {
              attributes.put(GenAi.REQUEST_STOP_SEQUENCES, stop);
            }
            break;
          }
          case "reasoning_effort":
            putString(attributes, GenAi.REQUEST_REASONING_LEVEL, string(reader));
            break;
          case "reasoning":
            putString(attributes, GenAi.REQUEST_REASONING_LEVEL,
                Json.string(object(reader), "effort"));
            break;
          case "response_format":
            if (op.isImage()) {
              reader.skipValue(); // "url" or "b64_json": a transport choice, not an output type
            } else {
              putString(attributes, GenAi.OUTPUT_TYPE, outputType(Json.string(object(reader), "type")));
            }
            break;
          case "text":
            putString(attributes, GenAi.OUTPUT_TYPE,
                outputType(Json.string(Json.object(object(reader), "format"), "type")));
            break;
          case "encoding_format": {
            String format = string(reader);
            if (format != null) {
              attributes.put(GenAi.REQUEST_ENCODING_FORMATS, List.of(format));
            }
            break;
          }
          case "dimensions":
            putLong(attributes, GenAi.EMBEDDINGS_DIMENSION_COUNT, reader);
            break;
          case "messages":
          case "input":
          case "prompt":
            if (capture && op != Operation.EMBEDDINGS) {
              messages = JsonParser.parseReader(reader);
            } else {
              reader.skipValue();
            }
            break;
          case "system":
          case "instructions":
            if (capture) {
              system = JsonParser.parseReader(reader);
            } else {
              reader.skipValue();
            }
            break;
          default:
            reader.skipValue();
        }
      }
    }
    if (op.isImage()) {
      attributes.put(GenAi.OUTPUT_TYPE, "image");
    }
    String input = null;
    String instructions = null;
    if (capture) {
      JsonArray in = inputOf(op, messages);
      input = in == null ? null : in.toString();
      JsonArray sys = Content.systemInstructions(system);
      instructions = sys.isEmpty() ? null : sys.toString();
    }
    return new RequestFacts(model, stream, attributes.build(), input, instructions);
  }

  private static JsonArray inputOf(Operation op, JsonElement messages) {
    switch (op) {
      case CHAT_COMPLETIONS:
        return Content.chatInput(messages);
      case RESPONSES:
        return Content.responsesInput(messages);
      case MESSAGES:
        return Content.anthropicInput(messages);
      case EMBEDDINGS:
        return null;
      default:
        return Content.promptInput(messages);
    }
  }

  /** The convention's output type for a requested response format. */
  private static String outputType(String format) {
    if (format == null) {
      return null;
    }
    return format.startsWith("json") ? "json" : "text".equals(format) ? "text" : null;
  }

  private static String string(JsonReader reader) throws IOException {
    if (reader.peek() == JsonToken.STRING) {
      return reader.nextString();
    }
    reader.skipValue();
    return null;
  }

  private static boolean bool(JsonReader reader) throws IOException {
    if (reader.peek() == JsonToken.BOOLEAN) {
      return reader.nextBoolean();
    }
    reader.skipValue();
    return false;
  }

  private static Long number(JsonReader reader) throws IOException {
    if (reader.peek() != JsonToken.NUMBER) {
      reader.skipValue();
      return null;
    }
    String text = reader.nextString();
    try {
      return new BigDecimal(text).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }

  private static JsonObject object(JsonReader reader) throws IOException {
    JsonElement e = JsonParser.parseReader(reader);
    return e.isJsonObject() ? e.getAsJsonObject() : null;
  }

  private static List<String> strings(JsonElement e) {
    List<String> out = new ArrayList<>();
    if (e.isJsonPrimitive()) {
      out.add(e.getAsString());
    } else if (e.isJsonArray()) {
      for (JsonElement s : e.getAsJsonArray()) {
        if (s.isJsonPrimitive()) {
          out.add(s.getAsString());
        }
      }
    }
    return out;
  }

  private static void putLong(AttributesBuilder b, AttributeKey<Long> key, JsonReader reader)
      throws IOException {
    Long value = number(reader);
    if (value != null) {
      b.put(key, value);
    }
  }

  private static void putDouble(AttributesBuilder b, AttributeKey<Double> key, JsonReader reader)
      throws IOException {
    if (reader.peek() == JsonToken.NUMBER) {
      b.put(key, reader.nextDouble());
    } else {
      reader.skipValue();
    }
  }

  private static void putString(AttributesBuilder b, AttributeKey<String> key, String value) {
    if (value != null) {
      b.put(key, value);
    }
  }
}
