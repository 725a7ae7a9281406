package io.github.xaijava.internal.sockets;

import io.github.xaijava.internal.errors.Redactor;
import io.github.xaijava.internal.http.HttpStack;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Not API. What the WebSockets of one client share: an OkHttp client derived from the HTTP one
 * (same interceptors, so the same key, headers and redacted log) with its own dispatcher and pool,
 * one watchdog thread, and the open sockets, closed with the client.
 *
 * <p>Why a dispatcher of their own: OkHttp reads a WebSocket on the dispatcher thread that
 * opened it, for the socket's whole life, so sockets would take the slots of HTTP calls. Why a
 * pool of their own: an upgraded connection is never pooled, and a fresh one per socket keeps
 * an upgrade from landing on a connection that HTTP calls left open.
 */
public final class SocketContext implements AutoCloseable {

  /** Send-queue bound by default: a few minutes of 24 kHz speech, a quarter of OkHttp's 16 MiB. */
  public static final long DEFAULT_SEND_QUEUE_BYTES = 4L * 1024 * 1024;

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final HttpStack stack;
  private final long sendQueueBytes;
  private final Object lock = new Object();
  private final Set<FrameSocket> open = ConcurrentHashMap.newKeySet();
  private OkHttpClient client;
  private ExecutorService readers;
  private ScheduledExecutorService watchdog;
  private boolean closed;

  public SocketContext(HttpStack stack, long sendQueueBytes) {
    this.stack = stack;
    this.sendQueueBytes = sendQueueBytes;
  }

  long sendQueueBytes() {
    return sendQueueBytes;
  }

  public String baseUrl() {
    return stack.options().baseUrl();
  }

  public Redactor redactor() {
    return stack.redactor();
  }

  public Clock clock() {
    return stack.timers().clock();
  }

  Consumer<String> frameLog() {
    return stack.frameLog();
  }

  Duration connectTimeout() {
    return stack.options().timeout().connect();
  }

  public Duration readTimeout() {
    return stack.options().timeout().read();
  }

  OkHttpClient okHttp() {
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("the client is closed");
      }
      if (client == null) {
        readers = stack.options().virtualThreads()
            ? io.github.xaijava.internal.http.VirtualThreads.perTask("xai-socket-")
            : new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> daemon(r, "xai-socket-" + THREADS.incrementAndGet()));
        Dispatcher dispatcher = new Dispatcher(readers);
        dispatcher.setMaxRequests(Integer.MAX_VALUE);
        dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
        client = stack.okHttpClient().newBuilder()
            .dispatcher(dispatcher)
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            // OkHttp pings; a peer that stops answering fails the socket instead of hanging it.
            .pingInterval(Duration.ofSeconds(20))
            .build();
      }
      return client;
    }
  }

  /** Where a session runs what must not block a socket's reader thread (opening the next socket). */
  public java.util.concurrent.Executor background() {
    okHttp();
    synchronized (lock) {
      return readers;
    }
  }

  ScheduledExecutorService watchdog() {
    synchronized (lock) {
      if (watchdog == null) {
        watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "xai-socket-watchdog"));
      }
      return watchdog;
    }
  }

  void opened(FrameSocket socket) {
    open.add(socket);
  }

  void ended(FrameSocket socket) {
    open.remove(socket);
  }

  /** How many sockets are open now. */
  public int openSockets() {
    return open.size();
  }

  /** Closes every open socket and stops the threads. */
  @Override
  public void close() {
    for (FrameSocket socket : open) {
      socket.cancel();
    }
    synchronized (lock) {
      closed = true;
      if (readers != null) {
        readers.shutdown();
      }
      if (watchdog != null) {
        watchdog.shutdownNow();
      }
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
