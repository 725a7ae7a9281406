package io.github.xaijava.internal.services;

import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.structured.Parsed;
import io.github.xaijava.structured.ResponseFormats;
import java.util.function.BiFunction;

/**
 * Not API. Structured output per API, named by the {@code structured} rules of
 * {@code generated/shaping.json}: how a request asks for JSON of a type, and how the answer is
 * read into it. The generated services send the request with their own plain call.
 */
final class StructuredCalls<Q, A> {

  /** Chat completions: {@code response_format}. */
  static final StructuredCalls<ChatRequest, ChatResponse> CHAT = new StructuredCalls<>(
      (request, type) -> request.toBuilder().responseFormat(ResponseFormats.jsonSchema(type)).build(),
      Parsed::ofChat);

  /** Responses: {@code text.format}. */
  static final StructuredCalls<ModelRequest, ModelResponse> RESPONSES = new StructuredCalls<>(
      (request, type) -> request.toBuilder().text(ResponseFormats.responsesJsonSchema(type)).build(),
      Parsed::ofResponse);

  private final BiFunction<Q, Class<?>, Q> request;
  private final Reader<A> reader;

  /** How an answer is read into a {@code T}. */
  interface Reader<A> {
    <T> Parsed<T, A> read(A answer, Class<T> type);
  }

  private StructuredCalls(BiFunction<Q, Class<?>, Q> request, Reader<A> reader) {
    this.request = request;
    this.reader = reader;
  }

  /** The request as sent: asking for JSON that fits {@code type}'s schema. */
  Q request(Q original, Class<?> type) {
    return request.apply(original, type);
  }

  <T> Parsed<T, A> parse(A answer, Class<T> type) {
    return reader.read(answer, type);
  }
}
