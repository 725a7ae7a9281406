/**
 * Grok for Spring AI 2.0: {@link io.github.xaijava.springai.XaiChatModel}, a {@code ChatModel}
 * on the xai-java client, and its options, {@link io.github.xaijava.springai.XaiChatOptions}.
 */
package io.github.xaijava.springai;
