package io.github.xaijava.structured;

import io.github.xaijava.errors.StructuredOutputException;
import com.google.gson.JsonObject;
import io.github.xaijava.generated.model.ChatFunctionTool;
import io.github.xaijava.generated.model.FunctionDefinition;
import io.github.xaijava.generated.model.FunctionTool;
import io.github.xaijava.generated.model.ModelTool;
import io.github.xaijava.generated.model.Tool;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A function the model may call, described by the record that holds its arguments: a name, an
 * optional description and the parameters' {@link JsonSchema}. It reads a call's arguments back
 * into that record.
 *
 * <pre>{@code
 * @ToolSpec(description = "Current weather for a city")
 * record GetWeather(String city, Optional<Unit> unit) {}
 *
 * ToolFunction<GetWeather> weather = ToolFunction.of(GetWeather.class); // "get_weather"
 * ChatRequest request = ChatRequest.builder().model("grok-4").addUserMessage("Rome?")
 *     .addTool(weather.chatTool()).build();
 * // ... when the model calls it:
 * GetWeather args = weather.parseArguments(toolCall.function().arguments());
 * }</pre>
 *
 * <p>The name is {@link ToolSpec#name()} or else the record's simple name in snake_case; the
 * description is {@link ToolSpec#description()}, else the record's {@link Description}, else none;
 * it is sent on the function, not again inside the parameters' schema.
 * xAI always makes arguments conform to the parameters' schema. Immutable and thread-safe.
 *
 * @param <T> the record holding the arguments
 */
public final class ToolFunction<T extends Record> {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Class<T> argumentsType;
  private final String name;
  private final Optional<String> description;
  private final CompiledTypes.Compiled compiled;

  private ToolFunction(Class<T> argumentsType, String name, Optional<String> description,
      CompiledTypes.Compiled compiled) {
    this.argumentsType = argumentsType;
    this.name = name;
    this.description = description;
    this.compiled = compiled;
  }

  /**
   * The tool whose arguments {@code argumentsType} holds.
   *
   * @throws IllegalArgumentException if the record has no schema (see {@link JsonSchema}), or
   *     {@link ToolSpec#name()} is not 1 to 64 letters, digits, {@code _} or {@code -}
   */
  public static <T extends Record> ToolFunction<T> of(Class<T> argumentsType) {
    Objects.requireNonNull(argumentsType, "argumentsType == null");
    ToolSpec tool = argumentsType.getAnnotation(ToolSpec.class);
    String name = tool != null && !tool.name().isEmpty()
        ? tool.name()
        : WireNames.snakeCase(argumentsType.getSimpleName());
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("tool name of " + argumentsType.getName() + " must be 1 to"
          + " 64 letters, digits, '_' or '-': '" + name + "'");
    }
    Optional<String> description = tool != null && !tool.description().isEmpty()
        ? Optional.of(tool.description())
        : WireNames.description(argumentsType);
    return new ToolFunction<>(argumentsType, name, description, CompiledTypes.of(argumentsType));
  }

  /** The function's name. */
  public String name() {
    return name;
  }

  /** What the function does, if told. */
  public Optional<String> description() {
    return description;
  }

  /**
   * The parameters' JSON Schema, as {@link JsonSchema#of} gives it but without a description at
   * its top level: the record's {@link Description} is the function's {@link #description()}
   * (unless {@link ToolSpec#description()} replaces it), sent once, on the function. The
   * properties keep theirs. A new copy each time.
   */
  public JsonObject parameters() {
    JsonObject schema = compiled.schema().json();
    schema.remove("description");
    return schema;
  }

  /** The record that holds the arguments. */
  public Class<T> argumentsType() {
    return argumentsType;
  }

  /**
   * A call's arguments as the record. Blank text counts as {@code {}}, as some streams send it for
   * a call without arguments.
   *
   * @throws StructuredOutputException if the text is not JSON or does not fit the record
   */
  public T parseArguments(String argumentsJson) {
    Objects.requireNonNull(argumentsJson, "argumentsJson == null");
    String text = argumentsJson.isBlank() ? "{}" : argumentsJson;
    return StructuredJson.read(text, compiled,
        "the arguments of tool " + name + " (" + argumentsType.getSimpleName() + ")");
  }

  /** The chat completions tool, for {@code ChatRequest.builder().addTool(...)}. */
  public Tool chatTool() {
    FunctionDefinition.Builder function = FunctionDefinition.builder().name(name)
        .parameters(parameters());
    description.ifPresent(function::description);
    return ChatFunctionTool.builder().function(function.build()).build();
  }

  /** The responses API tool, for {@code ModelRequest.builder().addTool(...)}. */
  public ModelTool responsesTool() {
    FunctionTool.Builder tool = FunctionTool.builder().name(name).parameters(parameters());
    description.ifPresent(tool::description);
    return tool.build();
  }

  /** Equal when built from the same record. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ToolFunction<?> that && argumentsType.equals(that.argumentsType);
  }

  @Override
  public int hashCode() {
    return argumentsType.hashCode();
  }

  @Override
  public String toString() {
    return "ToolFunction[name=" + name + ", arguments=" + argumentsType.getName() + "]";
  }
}
