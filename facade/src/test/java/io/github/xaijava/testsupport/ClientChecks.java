package io.github.xaijava.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.xaijava.TestClients;
import io.github.xaijava.XaiClient;
import io.github.xaijava.testing.Waits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The clients of one test, checked afterwards the way OkHttp's own test rule checks: after a test
 * that passed, the test fails if a call is still running or a connection still in use (an
 * unclosed stream or body), or if an exception escaped on another thread. Then every client is
 * closed. Used by the test extensions ({@code XaiServerExtension}, {@code SimulatedClients}).
 */
public final class ClientChecks {

  private final List<XaiClient> clients = new ArrayList<>();
  private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
  private Thread.UncaughtExceptionHandler previousHandler;

  /** Before the test: exceptions on other threads are recorded from now on. */
  public void start() {
    previousHandler = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
  }

  /** A client to check and close after the test. */
  public XaiClient track(XaiClient client) {
    clients.add(client);
    return client;
  }

  /** After the test: checks (only if it passed), then closes every client. */
  public void finish(boolean passed) {
    try {
      if (passed) {
        for (XaiClient c : clients) {
          requireReleased(TestClients.okHttp(c));
        }
        if (!uncaught.isEmpty()) {
          fail("exception on another thread: " + uncaught.get(0), uncaught.get(0));
        }
      }
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previousHandler);
      clients.forEach(XaiClient::close);
      clients.clear();
      uncaught.clear();
    }
  }

  private static void requireReleased(OkHttpClient http) {
    Dispatcher dispatcher = http.dispatcher();
    ConnectionPool pool = http.connectionPool();
    Waits.until(() -> running(dispatcher) == 0 && inUse(pool) == 0, Duration.ofSeconds(5),
        () -> "the test leaked: " + running(dispatcher) + " calls running, " + inUse(pool)
            + " connections in use");
  }

  private static int running(Dispatcher dispatcher) {
    return dispatcher.runningCallsCount() + dispatcher.queuedCallsCount();
  }

  private static int inUse(ConnectionPool pool) {
    return pool.connectionCount() - pool.idleConnectionCount();
  }
}
