package io.github.xaijava.structured;

import io.github.xaijava.errors.StructuredOutputException;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChoiceMessage;
import io.github.xaijava.generated.model.ModelOutput;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.OutputMessage;
import io.github.xaijava.generated.model.OutputMessageContent;
import io.github.xaijava.generated.model.OutputRefusal;
import java.util.Objects;
import java.util.Optional;

/**
 * A structured answer: the model's JSON read into a Java value, with the whole response it came
 * in. Returned by {@code client.chat().parse(request, Capital.class)} and
 * {@code client.responses().parse(...)}; build one from a response you already have (a stream's
 * result, a deferred completion) with {@link #ofChat} or {@link #ofResponse}.
 *
 * <pre>{@code
 * Parsed<Capital, ChatResponse> answer = client.chat().parse(request, Capital.class);
 * Capital capital = answer.value();
 * long tokens = answer.response().usage().orElseThrow().totalTokens();
 * }</pre>
 *
 * @param <T> the Java type of the value
 * @param <R> the response type ({@code ChatResponse} or {@code ModelResponse})
 */
public final class Parsed<T, R> {

  private final T value;
  private final R response;
  private final String text;

  private Parsed(T value, R response, String text) {
    this.value = value;
    this.response = response;
    this.text = text;
  }

  /**
   * The first choice's answer of a chat completion as {@code type}.
   *
   * @throws StructuredOutputException when there is no choice, the model refused (the refusal is
   *     the exception's raw text), the answer is empty, or its JSON does not fit {@code type}
   * @throws IllegalArgumentException if the schema subset cannot express {@code type}
   */
  public static <T> Parsed<T, ChatResponse> ofChat(ChatResponse response, Class<T> type) {
    Objects.requireNonNull(response, "response == null");
    CompiledTypes.Compiled compiled = CompiledTypes.of(Objects.requireNonNull(type, "type"));
    String subject = "the answer as " + type.getSimpleName();
    if (response.choices().isEmpty()) {
      throw refused(subject, type, "", "the response has no choice");
    }
    ChoiceMessage message = response.choices().get(0).message();
    Optional<String> refusal = message.refusal().filter(r -> !r.isBlank());
    if (refusal.isPresent()) {
      throw refused(subject, type, refusal.get(), "the model refused");
    }
    String text = message.content().orElse("");
    return new Parsed<>(StructuredJson.read(text, compiled, subject), response, text);
  }

  /**
   * The output text of a responses API answer as {@code type}.
   *
   * @throws StructuredOutputException when the model refused (the refusal is the exception's raw
   *     text), the answer is empty, or its JSON does not fit {@code type}
   * @throws IllegalArgumentException if the schema subset cannot express {@code type}
   */
  public static <T> Parsed<T, ModelResponse> ofResponse(ModelResponse response, Class<T> type) {
    Objects.requireNonNull(response, "response == null");
    CompiledTypes.Compiled compiled = CompiledTypes.of(Objects.requireNonNull(type, "type"));
    String subject = "the answer as " + type.getSimpleName();
    for (ModelOutput item : response.output()) {
      if (item instanceof OutputMessage message) {
        for (OutputMessageContent part : message.content()) {
          if (part instanceof OutputRefusal refusal) {
            throw refused(subject, type, refusal.refusal(), "the model refused");
          }
        }
      }
    }
    String text = response.outputText();
    return new Parsed<>(StructuredJson.read(text, compiled, subject), response, text);
  }

  private static StructuredOutputException refused(String subject, Class<?> type, String text,
      String reason) {
    return new StructuredOutputException(subject, type.getName(), text, Optional.empty(), reason,
        null);
  }

  /** The answer as the Java type asked for. */
  public T value() {
    return value;
  }

  /** The whole response: usage, id, finish reason, citations. */
  public R response() {
    return response;
  }

  /** The JSON text the value was read from. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return "Parsed[" + value + "]";
  }
}
