/**
 * WebSockets on the simulator's port (RFC 6455, server side): the framing, and the four sockets
 * xAI serves ({@code /v1/responses}, {@code /v1/tts}, {@code /v1/stt}, {@code /v1/realtime}). Not API.
 */
package io.github.xaijava.simulator.internal.ws;
