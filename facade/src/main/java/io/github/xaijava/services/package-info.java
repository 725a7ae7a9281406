/**
 * One interface per API resource, reached from {@code XaiClient}: {@code chat()},
 * {@code responses()}, {@code messages()}, {@code completions()}, {@code embeddings()},
 * {@code models()}, {@code images()}, {@code videos()}, {@code files()}, {@code skills()},
 * {@code documents()}, {@code tokenizer()}, {@code apiKey()}.
 *
 * <p>Requests and responses are the generated model types of
 * {@code io.github.xaijava.generated.model}. All services are thread-safe.
 */
package io.github.xaijava.services;
