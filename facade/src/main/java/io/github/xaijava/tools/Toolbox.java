package io.github.xaijava.tools;

import com.google.gson.JsonObject;
import io.github.xaijava.XaiJson;
import io.github.xaijava.errors.StructuredOutputException;
import io.github.xaijava.generated.model.ModelTool;
import io.github.xaijava.generated.model.Tool;
import io.github.xaijava.structured.ToolFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Functions the model may call, each with the handler that runs it: what
 * {@code client.chat().runTools(request, toolbox)} offers the model and runs when it asks.
 *
 * <pre>{@code
 * @Description("Current weather for a city")
 * record GetWeather(String city) {}
 *
 * Toolbox tools = Toolbox.builder()
 *     .add(GetWeather.class, args -> weather.lookUp(args.city()))   // "get_weather"
 *     .build();
 * }</pre>
 *
 * <p>A handler's result is sent back as text: a {@code String} as it is, anything else as JSON.
 * A handler that throws, arguments that do not fit the record, or a tool name the toolbox does
 * not know become an error result the model reads ({@code {"error":"..."}}), never an exception
 * of the loop. Immutable and thread-safe when the handlers are.
 */
public final class Toolbox {

  private final Map<String, Entry<?>> entries;

  private Toolbox(Map<String, Entry<?>> entries) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The names of the tools, in the order they were added. */
  public Set<String> names() {
    return entries.keySet();
  }

  /** The tools for {@code ChatRequest.builder().tools(...)}. */
  public List<Tool> chatTools() {
    List<Tool> tools = new ArrayList<>();
    entries.values().forEach(e -> tools.add(e.function.chatTool()));
    return Collections.unmodifiableList(tools);
  }

  /** The tools for {@code ModelRequest.builder().tools(...)}. */
  public List<ModelTool> responsesTools() {
    List<ModelTool> tools = new ArrayList<>();
    entries.values().forEach(e -> tools.add(e.function.responsesTool()));
    return Collections.unmodifiableList(tools);
  }

  /**
   * Runs one call the model asked for. Never throws for the handler's failure: it becomes the
   * result's error.
   *
   * @param callId the call's id, echoed in the result
   * @param name the function the model named
   * @param arguments the arguments as JSON text
   */
  public ToolResult run(String callId, String name, String arguments) {
    Objects.requireNonNull(callId, "callId == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(arguments, "arguments == null");
    Entry<?> entry = entries.get(name);
    if (entry == null) {
      return ToolResult.failed(callId, name, arguments,
          new IllegalArgumentException("no tool named '" + name + "'; known: " + names()));
    }
    return entry.run(callId, arguments);
  }

  @Override
  public String toString() {
    return "Toolbox" + names();
  }

  /** The output text of a handler's result: strings as they are, the rest as JSON. */
  static String outputText(Object result) {
    if (result == null) {
      return "null";
    }
    if (result instanceof String text) {
      return text;
    }
    return XaiJson.gson().toJson(result);
  }

  /** The text an error result sends: {@code {"error":"Type: message"}}. */
  static String errorText(Throwable failure) {
    JsonObject error = new JsonObject();
    String message = failure instanceof StructuredOutputException structured
        ? "the arguments do not fit: " + structured.reason()
            + structured.jsonPath().map(p -> " at " + p).orElse("")
        : failure.getClass().getSimpleName()
            + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    error.addProperty("error", message);
    return error.toString();
  }

  private static final class Entry<T extends Record> {
    final ToolFunction<T> function;
    final Function<? super T, ?> handler;

    Entry(ToolFunction<T> function, Function<? super T, ?> handler) {
      this.function = function;
      this.handler = handler;
    }

    ToolResult run(String callId, String arguments) {
      try {
        T parsed = function.parseArguments(arguments);
        return ToolResult.succeeded(callId, function.name(), arguments,
            outputText(handler.apply(parsed)));
      } catch (RuntimeException failure) {
        return ToolResult.failed(callId, function.name(), arguments, failure);
      }
    }
  }

  /** Adds tools; not thread-safe. */
  public static final class Builder {

    private final Map<String, Entry<?>> entries = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Adds the function whose arguments {@code argumentsType} holds (see
     * {@link ToolFunction#of(Class)} for its name and schema), run by {@code handler}.
     *
     * @throws IllegalArgumentException if the record has no schema, or a tool of that name was
     *     added already
     */
    public <T extends Record> Builder add(Class<T> argumentsType,
        Function<? super T, ?> handler) {
      return add(ToolFunction.of(argumentsType), handler);
    }

    /** Adds {@code function}, run by {@code handler}; see {@link #add(Class, Function)}. */
    public <T extends Record> Builder add(ToolFunction<T> function,
        Function<? super T, ?> handler) {
      Objects.requireNonNull(function, "function == null");
      Objects.requireNonNull(handler, "handler == null");
      if (entries.containsKey(function.name())) {
        throw new IllegalArgumentException("a tool named '" + function.name() + "' was added already");
      }
      entries.put(function.name(), new Entry<>(function, handler));
      return this;
    }

    /** The toolbox. */
    public Toolbox build() {
      return new Toolbox(entries);
    }
  }
}
