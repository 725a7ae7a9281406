/**
 * xAI's WebSocket APIs: {@link io.github.xaijava.sockets.ResponsesConversation} (Responses
 * WebSocket mode), {@link io.github.xaijava.sockets.VoiceSession} (the Voice Agent),
 * {@link io.github.xaijava.sockets.SpeechStream} and
 * {@link io.github.xaijava.sockets.TranscriptionStream} (streaming speech out and in), opened from
 * {@code client.sockets()}. Events are sealed types with an {@code Unknown} case, read by iterating
 * a {@link io.github.xaijava.sockets.SocketSession} or pushed to a handler.
 */
package io.github.xaijava.sockets;
