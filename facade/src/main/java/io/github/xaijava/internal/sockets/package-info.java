/**
 * Not API. The socket layer under {@code io.github.xaijava.sockets}: {@code FrameSocket} (one
 * OkHttp WebSocket: open through the client's stack, bounded send, close once, stall watchdog; no
 * protocol), {@code EventQueue} (events to an iterator or a handler), {@code EventSocket} (the two
 * together with a decoder), {@code Frames} (lenient reading of JSON frames).
 */
package io.github.xaijava.internal.sockets;
