/**
 * The xAI client. Start with {@link io.github.xaijava.XaiClient}:
 *
 * <pre>{@code
 * try (XaiClient client = XaiClient.fromEnv()) {
 *   ChatResponse r = client.chat().create(new ChatRequest()
 *       .model("grok-4")
 *       .messages(List.of(ChatMessages.user("Hello"))));
 * }
 * }</pre>
 */
package io.github.xaijava;
