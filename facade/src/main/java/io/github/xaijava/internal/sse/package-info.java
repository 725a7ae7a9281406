/**
 * Not API: server-sent-event parsing and the engines behind the public streams. Nothing here may
 * appear in a public signature and anything may change without notice.
 *
 * <p>{@link io.github.xaijava.internal.sse.SseReader} turns bytes into events (no HTTP);
 * {@code EventStream} owns one open response and hands out decoded events; one decoder per API
 * (chat chunks, responses events, message events) knows that API's terminal and failure events.
 */
package io.github.xaijava.internal.sse;
