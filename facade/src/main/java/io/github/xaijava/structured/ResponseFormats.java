package io.github.xaijava.structured;

import com.google.gson.JsonObject;
import io.github.xaijava.generated.model.JsonObjectResponseFormat;
import io.github.xaijava.generated.model.JsonSchemaResponseFormat;
import io.github.xaijava.generated.model.JsonSchemaTextFormat;
import io.github.xaijava.generated.model.ModelResponseConfiguration;
import io.github.xaijava.generated.model.ResponseFormat;
import java.util.Objects;

/**
 * Output formats for requests: a JSON Schema from a Java type or one you bring as
 * {@code JsonObject}, for chat completions ({@code response_format}) and for the responses API
 * ({@code text.format}). Schemas are sent strict: xAI's answer conforms to them.
 *
 * <pre>{@code
 * ChatRequest.builder().responseFormat(ResponseFormats.jsonSchema(Capital.class))
 * ModelRequest.builder().text(ResponseFormats.responsesJsonSchema(Capital.class))
 * ChatRequest.builder().responseFormat(ResponseFormats.jsonSchema("capital", mySchema))
 * }</pre>
 *
 * <p>{@code client.chat().parse(request, Capital.class)} sets the format itself and reads the
 * answer back; use these when you send the request yourself (a stream, a deferred completion).
 */
public final class ResponseFormats {

  private ResponseFormats() {
  }

  /**
   * Chat {@code response_format} of the schema of {@code type} (see {@link JsonSchema}).
   *
   * @throws IllegalArgumentException if the schema subset cannot express {@code type}
   */
  public static ResponseFormat jsonSchema(Class<?> type) {
    return jsonSchema(JsonSchema.of(type));
  }

  /** Chat {@code response_format} of {@code schema}. */
  public static ResponseFormat jsonSchema(JsonSchema schema) {
    return jsonSchema(schema.name(), schema.json());
  }

  /**
   * Chat {@code response_format} of a schema you wrote:
   * {@code {"type":"json_schema","json_schema":{"name":...,"schema":...,"strict":true}}}.
   *
   * @param name letters, digits, {@code _} or {@code -}, at most 64 characters
   * @param schema the JSON Schema (copied)
   */
  public static ResponseFormat jsonSchema(String name, JsonObject schema) {
    JsonObject wrapper = new JsonObject();
    wrapper.addProperty("name", checkedName(name));
    wrapper.add("schema", Objects.requireNonNull(schema, "schema == null").deepCopy());
    wrapper.addProperty("strict", true);
    return JsonSchemaResponseFormat.builder().jsonSchema(wrapper).build();
  }

  /** Chat {@code response_format} asking for any JSON object ({@code json_object}). */
  public static ResponseFormat jsonObject() {
    return JsonObjectResponseFormat.builder().build();
  }

  /**
   * Responses API {@code text} of the schema of {@code type} (see {@link JsonSchema}).
   *
   * @throws IllegalArgumentException if the schema subset cannot express {@code type}
   */
  public static ModelResponseConfiguration responsesJsonSchema(Class<?> type) {
    return responsesJsonSchema(JsonSchema.of(type));
  }

  /** Responses API {@code text} of {@code schema}. */
  public static ModelResponseConfiguration responsesJsonSchema(JsonSchema schema) {
    return responsesJsonSchema(schema.name(), schema.json());
  }

  /**
   * Responses API {@code text} of a schema you wrote:
   * {@code {"format":{"type":"json_schema","name":...,"schema":...,"strict":true}}}.
   */
  public static ModelResponseConfiguration responsesJsonSchema(String name, JsonObject schema) {
    return ModelResponseConfiguration.builder().format(JsonSchemaTextFormat.builder()
        .name(checkedName(name))
        .schema(Objects.requireNonNull(schema, "schema == null"))
        .strict(true).build()).build();
  }

  private static String checkedName(String name) {
    Objects.requireNonNull(name, "name == null");
    if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException(
          "a schema name is 1 to 64 letters, digits, '_' or '-': '" + name + "'");
    }
    return name;
  }
}
