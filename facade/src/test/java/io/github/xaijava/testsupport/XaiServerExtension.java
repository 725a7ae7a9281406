package io.github.xaijava.testsupport;

import io.github.xaijava.TestClients;
import io.github.xaijava.XaiClient;
import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.internal.http.Timers;
import io.github.xaijava.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One loopback server and the clients of a test, checked afterwards the way OkHttp's own test
 * rule checks: the test fails if it left a connection in use (an unclosed body), a call still
 * running, or an exception thrown on another thread.
 *
 * <pre>{@code
 * @RegisterExtension final XaiServerExtension xai = new XaiServerExtension();
 * ...
 * xai.json(200, "{...}");
 * ChatResponse r = xai.client().chat().create(request);
 * }</pre>
 */
public final class XaiServerExtension implements BeforeEachCallback, AfterEachCallback {

  private MockWebServer server;
  private final ClientChecks checks = new ClientChecks();
  private RecordingSleeper sleeper;
  private RecordingScheduler scheduler;
  private Clock clock = Clock.systemUTC();
  private XaiClient client;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server = new MockWebServer();
    server.start();
    sleeper = new RecordingSleeper();
    scheduler = new RecordingScheduler();
    checks.start();
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      client = null;
      checks.finish(context.getExecutionException().isEmpty());
    } finally {
      server.shutdown();
    }
  }

  /** The loopback server. */
  public MockWebServer server() {
    return server;
  }

  /** The test's client (created on first use): our key, recorded waits, default options. */
  public XaiClient client() {
    if (client == null) {
      client = client(b -> { });
    }
    return client;
  }

  /** Another client of the test with changed options; closed and checked after the test. */
  public XaiClient client(Consumer<ClientOptions.Builder> config) {
    XaiClient c = TestClients.client(server, new Timers(sleeper, scheduler, clock), config);
    return checks.track(c);
  }

  /** Another client of the test with its own time (e.g. {@code FakeTime}). */
  public XaiClient client(Timers timers, Consumer<ClientOptions.Builder> config) {
    XaiClient c = TestClients.client(server, timers, config);
    return checks.track(c);
  }

  /** The clock of clients created from now on (for {@code Retry-After} dates). */
  public XaiServerExtension useClock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** Waits the clients asked for (synchronous retries and polls). */
  public RecordingSleeper sleeper() {
    return sleeper;
  }

  /** Delays the clients scheduled (asynchronous retries and polls). */
  public RecordingScheduler scheduler() {
    return scheduler;
  }

  /** Queues a JSON answer. */
  public XaiServerExtension json(int code, String body) {
    server.enqueue(new MockResponse().setResponseCode(code)
        .setHeader("Content-Type", "application/json").setBody(body));
    return this;
  }

  /** Queues a 200 JSON answer from {@code fixtures/<path>}. */
  public XaiServerExtension fixture(String path) {
    return json(200, Fixtures.read(path));
  }

  /** Queues an event stream from {@code fixtures/<path>}. */
  public XaiServerExtension sseFixture(String path) {
    return sse(Fixtures.read(path) + "\n\n");
  }

  /** Queues an event stream with exactly {@code body}. */
  public XaiServerExtension sse(String body) {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
        .setBody(body));
    return this;
  }

  /** Queues a 202 with an empty body: xAI's "still working". */
  public XaiServerExtension pending() {
    server.enqueue(new MockResponse().setResponseCode(202));
    return this;
  }

  /** Queues any answer. */
  public XaiServerExtension enqueue(MockResponse response) {
    server.enqueue(response);
    return this;
  }

  /** The next request the server received (waits up to 5 s). */
  public RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("no request arrived");
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The base URL of the server, for clients built elsewhere. */
  public String baseUrl() {
    return server.url("/").toString();
  }

  static {
    // Fixtures are read from the classpath; fail early if the test resources are missing.
    if (XaiServerExtension.class.getResource("/fixtures") == null) {
      throw new UncheckedIOException(new IOException("test fixtures are not on the classpath"));
    }
  }
}
