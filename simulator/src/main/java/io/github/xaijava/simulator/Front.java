package io.github.xaijava.simulator;

import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Delivery;
import io.github.xaijava.simulator.internal.Errors;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.front.Head;
import io.github.xaijava.simulator.internal.front.Inbound;
import io.github.xaijava.simulator.internal.front.Relay;
import io.github.xaijava.simulator.internal.ws.Handshake;
import io.github.xaijava.simulator.internal.ws.Sockets;
import io.github.xaijava.simulator.internal.ws.WebSocket;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * The simulator's public port. The JDK's HTTP server cannot give a connection away after a 101, so
 * it listens on a loopback port of its own and this front takes every connection first: a
 * WebSocket upgrade is answered here (record → key or client secret (401) → injected fault → path
 * (404) → query (400) → 101), anything else is relayed to the JDK server unchanged (see {@link
 * Relay}).
 */
final class Front {
  private final XaiSimulator sim;
  private final Context ctx;
  private final Sockets sockets;
  private final ServerSocket listener;
  private final InetSocketAddress server;
  private final ExecutorService pool;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  Front(XaiSimulator sim, Context ctx, Sockets sockets, ServerSocket listener, InetSocketAddress server,
      ExecutorService pool) {
    this.sim = sim;
    this.ctx = ctx;
    this.sockets = sockets;
    this.listener = listener;
    this.server = server;
    this.pool = pool;
  }

  void start() {
    Thread acceptor = new Thread(this::accept, "xai-simulator-front");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Stops accepting and closes every open connection, relayed or WebSocket. */
  void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket s : open) {
      quietly(s);
    }
  }

  private void accept() {
    while (!closed) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        pause();  // e.g. out of file descriptors: do not spin
        continue;
      }
      open.add(client);
      try {
        client.setTcpNoDelay(true);
        pool.execute(() -> serve(client));
      } catch (IOException | RejectedExecutionException e) {
        quietly(client);
      }
    }
  }

  private void serve(Socket client) {
    try {
      Inbound in = new Inbound(client.getInputStream());
      Head upgrade = new Relay(client, in, server, pool, open).run();
      if (upgrade != null) {
        upgrade(client, in, upgrade);
      }
    } catch (IOException | RuntimeException e) {
      quietly(client);  // the client went away, or a socket failed: its connection ends either way
    }
  }

  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void upgrade(Socket client, Inbound in, Head head) throws IOException {
    String path = head.path();
    sim.record("GET", path, head.rawQuery(), head.headers(), new byte[0]);
    String key = head.header("Sec-WebSocket-Key");
    if (key == null || key.isBlank()) {
      refuse(client, 400, Errors.INVALID_ARGUMENT, "Missing Sec-WebSocket-Key: this is not a WebSocket handshake.", Map.of());
      return;
    }
    String protocol = Handshake.secretProtocol(head.header("Sec-WebSocket-Protocol"));
    String authorization = head.header("Authorization");
    String bearer = authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")
        ? authorization.substring(7).trim() : "";
    // Server side, xAI takes a client secret as the bearer too.
    boolean keyAccepted = !bearer.isEmpty() && (ctx.settings().acceptAnyKey()
        || bearer.equals(ctx.settings().apiKey()) || sockets.secretValid(bearer));
    boolean secretAccepted = protocol != null
        && sockets.secretValid(protocol.substring(Handshake.SECRET_PROTOCOL.length()));
    if (!keyAccepted && !secretAccepted) {
      String why = protocol != null ? "Invalid or expired client secret."
          : bearer.isEmpty() ? "No credentials presented. Send your API key in an `Authorization: Bearer <key>` header,"
              + " or a client secret as the subprotocol xai-client-secret.<secret>."
          : "Incorrect API key provided: " + Errors.mask(bearer) + ". You can obtain an API key from the xAI console.";
      refuse(client, 401, Errors.UNAUTHENTICATED, why, Map.of());
      return;
    }
    Delivery delivery = Delivery.NONE;
    Fault fault = sim.faultRules().take(path, head::header);
    if (fault != null) {
      long drip = fault.drip().toNanos();
      switch (fault.kind()) {
        case RATE_LIMITED -> {
          Map<String, String> headers = new LinkedHashMap<>();
          if (fault.retryAfter() != null) {
            long ms = fault.retryAfter().toMillis();
            if (fault.sendsRetryAfterSeconds()) {
              headers.put("Retry-After", Long.toString((ms + 999) / 1000));
            }
            if (fault.sendsRetryAfterMillis()) {
              headers.put("retry-after-ms", Long.toString(ms));
            }
          }
          refuse(client, 429, Errors.EXHAUSTED, "Rate limit exceeded", headers);
          return;
        }
        case SERVER_ERROR -> {
          refuse(client, fault.status(), Errors.codeFor(fault.status()), fault.status() == 503
              ? "The service is temporarily overloaded; try again later." : "Internal error", Map.of());
          return;
        }
        case DROP_CONNECTION -> {
          quietly(client);
          return;
        }
        case CUT_STREAM -> delivery = new Delivery(drip, fault.events(), -1);
        case ERROR_FRAME -> delivery = new Delivery(drip, -1, fault.events());
        default -> delivery = new Delivery(drip, -1, -1);
      }
    }
    if (!Sockets.known(path)) {
      refuse(client, 404, Errors.NOT_FOUND, "No WebSocket endpoint at " + path + ".", Map.of());
      return;
    }
    String problem = sockets.refusal(path, head.rawQuery());
    if (problem != null) {
      refuse(client, 400, Errors.INVALID_ARGUMENT, problem, Map.of());
      return;
    }
    OutputStream out = client.getOutputStream();
    out.write(Handshake.switching(key, protocol));
    out.flush();
    try {
      sockets.serve(path, head.rawQuery(), keyAccepted ? authorization : null, new WebSocket(client, in.rest()), delivery);
    } finally {
      quietly(client);
    }
  }

  /** A plain HTTP answer instead of the upgrade: xAI's flat error body, then the connection ends. */
  private void refuse(Socket client, int status, String code, String message, Map<String, String> headers)
      throws IOException {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("x-request-id", ctx.ids().uuid());
    OutputStream out = client.getOutputStream();
    out.write(Handshake.refusal(status, Json.write(Errors.body(code, message)), all));
    out.flush();
    client.shutdownOutput();
    quietly(client);
  }

  private void quietly(Socket s) {
    open.remove(s);
    try {
      s.close();
    } catch (IOException e) {
      // nothing to do
    }
  }
}
