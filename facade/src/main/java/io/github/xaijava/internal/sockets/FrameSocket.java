package io.github.xaijava.internal.sockets;

import io.github.xaijava.errors.XaiException;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.internal.errors.ErrorMapper;
import io.github.xaijava.internal.errors.Redactor;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * Not API. One WebSocket: opened through the client's OkHttp stack (its key, headers and log),
 * frames in to a {@link Listener}, frames out with a bounded queue, closed from any thread, ended
 * exactly once. No protocol knowledge: the sessions above give frames their meaning, as the SSE
 * reader leaves events to the decoders.
 */
public final class FrameSocket implements AutoCloseable {

  /** What a socket's owner hears. Called on the socket's reader thread, in frame order. */
  public interface Listener {
    void onText(String text);

    void onBinary(ByteString bytes);

    /**
     * The socket ended, once: {@code failure} is null when it was closed (by either side, with
     * {@code code} and {@code reason}), else the typed failure.
     */
    void onEnd(int code, String reason, XaiException failure);
  }

  /** How long a closing handshake may take before the connection is cut. */
  private static final long CLOSE_GRACE_MILLIS = 1000;

  private final SocketContext context;
  private final Listener listener;
  private final String url;
  private final Redactor redactor;
  private final Consumer<String> log;
  private final CompletableFuture<Void> opened = new CompletableFuture<>();
  private final AtomicBoolean ended = new AtomicBoolean();
  private final Instant openedAt;
  private volatile WebSocket webSocket;
  private volatile long lastFrameNanos = System.nanoTime();
  private volatile boolean expecting;
  private volatile ScheduledFuture<?> watch;

  private FrameSocket(SocketContext context, String url, Redactor redactor, Listener listener) {
    this.context = context;
    this.listener = listener;
    this.url = url;
    this.redactor = redactor;
    this.log = context.frameLog();
    this.openedAt = context.clock().instant();
  }

  /**
   * Opens a socket at {@code path} (e.g. {@code /v1/responses}) under the client's base URL and
   * waits for the upgrade.
   *
   * @param headers extra request headers (an {@code Authorization} here replaces the client key)
   * @throws io.github.xaijava.errors.XaiApiException when the server refuses the upgrade (401,
   *     429, ...), typed as an HTTP answer of that status would be
   * @throws XaiIoException when connecting fails or times out
   */
  public static FrameSocket open(SocketContext context, String path,
      Map<String, List<String>> query, Map<String, String> headers, Listener listener) {
    HttpUrl.Builder url = HttpUrl.get(context.baseUrl() + path).newBuilder();
    query.forEach((name, values) -> values.forEach(v -> url.addQueryParameter(name, v)));
    HttpUrl address = url.build();
    Request.Builder request = new Request.Builder().url(address);
    headers.forEach(request::header);
    String shown = address.scheme().equals("https") ? "wss" + address.toString().substring(5)
        : "ws" + address.toString().substring(4);
    Request built = request.build();
    // Also hide a credential given for this socket only (a client secret as its bearer).
    FrameSocket socket = new FrameSocket(context, shown, context.redactor().forRequest(built),
        listener);
    socket.webSocket = context.okHttp().newWebSocket(built, socket.new Events());
    socket.awaitOpen();
    return socket;
  }

  private void awaitOpen() {
    Duration wait = context.connectTimeout().plus(context.readTimeout());
    long millis = wait.isZero() ? Long.MAX_VALUE : wait.toMillis();
    try {
      opened.get(millis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (TimeoutException e) {
      webSocket.cancel();
      throw new XaiIoException(XaiIoException.Kind.TIMEOUT,
          "WebSocket " + url + " did not open within " + wait, e, 0);
    } catch (InterruptedException e) {
      webSocket.cancel();
      Thread.currentThread().interrupt();
      throw new XaiIoException(XaiIoException.Kind.CANCELED,
          "interrupted while opening WebSocket " + url, e, 0);
    }
    context.opened(this);
    if (ended.get()) {
      context.ended(this);
    }
  }

  /** When the socket opened, by the client's clock. */
  public Instant openedAt() {
    return openedAt;
  }

  /** The socket's address, for messages (no credentials: the key travels in a header). */
  public String url() {
    return url;
  }

  /** Whether the socket has not ended yet. */
  public boolean isOpen() {
    return !ended.get();
  }

  /**
   * Sends a text frame.
   *
   * @throws IllegalStateException if the socket has ended
   * @throws XaiIoException of kind {@code SEND_QUEUE_FULL} when the frames not yet written would
   *     pass the bound; nothing is sent and the socket stays open
   */
  public void sendText(String text) {
    long size = okio.Utf8.size(text); // counted without encoding the frame twice
    checkRoom(size);
    logFrame("-->", "text " + text);
    if (!webSocket.send(text)) {
      throw closed();
    }
  }

  /** Sends a binary frame; as {@link #sendText}. */
  public void sendBinary(byte[] bytes, int offset, int length) {
    checkRoom(length);
    logFrame("-->", "binary " + length + " bytes");
    if (!webSocket.send(ByteString.of(bytes, offset, length))) {
      throw closed();
    }
  }

  /** Bytes queued and not yet written to the network. */
  public long queuedBytes() {
    return webSocket.queueSize();
  }

  private void checkRoom(long size) {
    if (ended.get()) {
      throw closed();
    }
    long queued = webSocket.queueSize();
    if (queued + size > context.sendQueueBytes()) {
      throw new XaiIoException(XaiIoException.Kind.SEND_QUEUE_FULL, "WebSocket " + url
          + ": " + queued + " bytes wait to be sent and " + size + " more would pass the bound of "
          + context.sendQueueBytes() + " bytes; send slower or wait for queuedBytes() to fall",
          null, 0);
    }
  }

  private IllegalStateException closed() {
    return new IllegalStateException("WebSocket " + url + " is closed");
  }

  /**
   * Whether frames are due (a turn is running): while they are, a silence longer than the read
   * timeout fails the socket with a timeout.
   */
  public void expectFrames(boolean due) {
    lastFrameNanos = System.nanoTime();
    expecting = due;
    Duration read = context.readTimeout();
    if (due && watch == null && !read.isZero()) {
      long period = Math.max(20, read.toMillis() / 4);
      watch = context.watchdog().scheduleAtFixedRate(this::checkStall, period, period,
          TimeUnit.MILLISECONDS);
    }
  }

  private void checkStall() {
    long silent = System.nanoTime() - lastFrameNanos;
    if (expecting && silent > context.readTimeout().toNanos()) {
      // End first: cutting the connection makes OkHttp report a connection failure, which must
      // not win the race to name the cause.
      end(1006, "timeout", new XaiIoException(XaiIoException.Kind.TIMEOUT, "WebSocket " + url
          + ": no frame within the read timeout (" + context.readTimeout() + ")", null, 0));
      webSocket.cancel();
    }
  }

  /** Starts the closing handshake (1000) and ends the socket now; cut after a short grace. */
  @Override
  public void close() {
    close(1000, null);
  }

  /** As {@link #close()}, with a code and reason. */
  public void close(int code, String reason) {
    if (ended.get()) {
      return;
    }
    // End first: the server's echo of the close frame may arrive on the reader thread before
    // webSocket.close returns, and the socket must end as closed by us, on this thread.
    end(code, reason == null ? "closed by the client" : reason, null);
    webSocket.close(code, reason);
    context.watchdog().schedule(webSocket::cancel, CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Cuts the connection at once. */
  public void cancel() {
    end(1006, "cancelled", null);
    webSocket.cancel();
  }

  private void end(int code, String reason, XaiException failure) {
    if (ended.compareAndSet(false, true)) {
      ScheduledFuture<?> w = watch;
      if (w != null) {
        w.cancel(false);
      }
      context.ended(this);
      if (failure != null) {
        opened.completeExceptionally(failure);
      } else {
        opened.complete(null);
      }
      listener.onEnd(code, reason, failure);
    }
  }

  private void logFrame(String direction, String what) {
    if (log != null) {
      String shown = what.length() > 4000 ? what.substring(0, 4000) + "…" : what;
      log.accept(redactor.redact(direction + " ws " + url + " " + shown));
    }
  }

  private XaiException failure(Throwable t, Response response) {
    if (response != null && response.code() != 101) {
      return ErrorMapper.map(response, 0, context.clock(), redactor);
    }
    if (t instanceof XaiException x) {
      return x;
    }
    String what = t instanceof IOException ? "connection failed" : "failed";
    XaiIoException.Kind kind = t instanceof SocketTimeoutException ? XaiIoException.Kind.TIMEOUT
        : XaiIoException.Kind.CONNECTION;
    return new XaiIoException(kind, "WebSocket " + url + " " + what + ": "
        + redactor.redact(String.valueOf(t)), t, 0);
  }

  private final class Events extends WebSocketListener {
    @Override
    public void onOpen(WebSocket ws, Response response) {
      logFrame("<--", "open " + response.code());
      opened.complete(null);
    }

    @Override
    public void onMessage(WebSocket ws, String text) {
      lastFrameNanos = System.nanoTime();
      logFrame("<--", "text " + text);
      if (!ended.get()) {
        listener.onText(text);
      }
    }

    @Override
    public void onMessage(WebSocket ws, ByteString bytes) {
      lastFrameNanos = System.nanoTime();
      logFrame("<--", "binary " + bytes.size() + " bytes");
      if (!ended.get()) {
        listener.onBinary(bytes);
      }
    }

    @Override
    public void onClosing(WebSocket ws, int code, String reason) {
      logFrame("<--", "close " + code + " " + reason);
      ws.close(code, null);
      end(code, reason, null);
    }

    @Override
    public void onClosed(WebSocket ws, int code, String reason) {
      end(code, reason, null);
    }

    @Override
    public void onFailure(WebSocket ws, Throwable t, Response response) {
      logFrame("<--", "failure " + t);
      end(1006, String.valueOf(t), failure(t, response));
    }
  }
}
