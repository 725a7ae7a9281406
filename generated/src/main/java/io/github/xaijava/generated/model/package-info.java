/**
 * The request and response types of xAI's API, generated from {@code openapi.json} at build time
 * and named after its schemas ({@code ChatRequest}, {@code ModelResponse}, …): immutable, with
 * builders, {@code Optional} for what may be absent, open enums and sealed unions that keep what
 * this version does not know. {@code XaiJson.gson()} reads and writes them as on the wire.
 */
package io.github.xaijava.generated.model;
