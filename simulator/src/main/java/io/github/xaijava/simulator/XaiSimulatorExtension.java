package io.github.xaijava.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs an {@link XaiSimulator} for JUnit 5 tests: one per test class, with its state (stores, faults,
 * scripts, recorded requests) reset before each test.
 *
 * <pre>{@code
 * class MyClientTest {
 *   @RegisterExtension
 *   static XaiSimulatorExtension xai = new XaiSimulatorExtension();
 *
 *   @Test
 *   void retriesOnRateLimit() {
 *     xai.faults().next(1).rateLimited(Duration.ofMillis(100));
 *     MyClient client = new MyClient(xai.baseUrl(), xai.apiKey());
 *     ...
 *     assertEquals(2, xai.simulator().requestCount());
 *   }
 * }
 * }</pre>
 *
 * <p>With {@code @ExtendWith(XaiSimulatorExtension.class)} instead, take the simulator as a test or
 * lifecycle method parameter ({@code void test(XaiSimulator sim)}). Registered on a non-static field,
 * the extension starts a simulator for each test. Needs {@code junit-jupiter-api} on the test class
 * path (the simulator's jar does not bring it).
 *
 * <p><b>Unfinished calls fail the test.</b> After a test that passed, the extension waits up to 5
 * seconds for the simulator to finish every answer it is sending ({@link
 * XaiSimulator#callsInProgress()}), then fails the test naming the calls still open: a stream the code
 * under test neither read to its end nor closed, or a timed-out call it never cancelled. Tests that
 * leave a call open on purpose turn this off with {@link #allowingUnfinishedCalls()}.
 */
public final class XaiSimulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private final XaiSimulator.Builder builder;
  private XaiSimulator simulator;
  private boolean perTest;
  private volatile boolean checkUnfinishedCalls = true;
  /** How long a passed test's open calls may take to finish before the test fails. */
  private volatile Duration grace = Duration.ofSeconds(5);

  /** An extension whose simulator has the default settings. */
  public XaiSimulatorExtension() {
    this(XaiSimulator.builder());
  }

  /** An extension whose simulator is built by {@code builder}. */
  public XaiSimulatorExtension(XaiSimulator.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder == null");
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    ensureStarted();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (simulator == null) {
      perTest = true;
    }
    ensureStarted().reset();
  }

  /** This extension, no longer failing tests that end while the simulator still answers a call. */
  public XaiSimulatorExtension allowingUnfinishedCalls() {
    checkUnfinishedCalls = false;
    return this;
  }

  // For the extension's own tests: a failing check need not take the full grace period.
  XaiSimulatorExtension withGrace(Duration grace) {
    this.grace = Objects.requireNonNull(grace, "grace == null");
    return this;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      XaiSimulator sim = current();
      if (checkUnfinishedCalls && sim != null && context.getExecutionException().isEmpty()) {
        requireNoCallInProgress(sim);
      }
    } finally {
      if (perTest) {
        stop();
      }
    }
  }

  private void requireNoCallInProgress(XaiSimulator sim) {
    long deadline = System.nanoTime() + grace.toNanos();
    List<String> open = sim.callsInProgress();
    while (!open.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      open = sim.callsInProgress();
    }
    if (!open.isEmpty()) {
      Assertions.fail("the simulator was still answering " + open + " " + grace.toMillis()
          + " ms after the test ended: a stream left open (neither read to its end nor closed), or a call"
          + " that timed out and was never cancelled");
    }
  }

  private synchronized XaiSimulator current() {
    return simulator;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == XaiSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return ensureStarted();
  }

  private synchronized XaiSimulator ensureStarted() {
    if (simulator == null) {
      simulator = builder.build().start();
    }
    return simulator;
  }

  private synchronized void stop() {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  /**
   * The running simulator.
   *
   * @throws IllegalStateException outside a test class using this extension
   */
  public synchronized XaiSimulator simulator() {
    if (simulator == null) {
      throw new IllegalStateException("the simulator runs only while a test class using the extension runs");
    }
    return simulator;
  }

  /** See {@link XaiSimulator#baseUrl()}. */
  public String baseUrl() {
    return simulator().baseUrl();
  }

  /** See {@link XaiSimulator#apiKey()}. */
  public String apiKey() {
    return simulator().apiKey();
  }

  /** See {@link XaiSimulator#faults()}. */
  public Faults faults() {
    return simulator().faults();
  }

  /** See {@link XaiSimulator#script()}. */
  public Script script() {
    return simulator().script();
  }

  /** See {@link XaiSimulator#requests()}. */
  public List<RecordedRequest> requests() {
    return simulator().requests();
  }

  /** See {@link XaiSimulator#takeRequest()}. */
  public RecordedRequest takeRequest() {
    return simulator().takeRequest();
  }

  /** See {@link XaiSimulator#lastRequest()}. */
  public RecordedRequest lastRequest() {
    return simulator().lastRequest();
  }
}
