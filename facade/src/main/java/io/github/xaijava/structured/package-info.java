/**
 * Structured outputs and function tools from Java types: {@link
 * io.github.xaijava.structured.JsonSchema} writes a type's JSON Schema in the subset xAI enforces,
 * {@link io.github.xaijava.structured.ResponseFormats} puts it on a request, {@link
 * io.github.xaijava.structured.Parsed} and {@link io.github.xaijava.structured.StructuredJson}
 * read the model's answer back into the type, {@link io.github.xaijava.structured.PartialJson}
 * shows an answer while it streams, and {@link io.github.xaijava.structured.ToolFunction}
 * describes a function by the record of its arguments.
 *
 * <pre>{@code
 * record Capital(String country, String city, OptionalInt population) {}
 *
 * Capital capital = client.chat().parse(request, Capital.class).value();
 * }</pre>
 *
 * <p>Names and texts come from {@link io.github.xaijava.structured.JsonName}, {@link
 * io.github.xaijava.structured.Description}, {@link io.github.xaijava.structured.Discriminator}
 * and {@link io.github.xaijava.structured.ToolSpec}. Types the schema subset cannot express fail
 * with an {@link IllegalArgumentException} when the schema is built, before anything is sent;
 * answers that do not fit fail with a {@link
 * io.github.xaijava.errors.StructuredOutputException} that keeps the raw text. Everything here is
 * immutable and thread-safe.
 */
package io.github.xaijava.structured;
