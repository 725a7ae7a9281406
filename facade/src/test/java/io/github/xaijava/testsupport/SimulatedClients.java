package io.github.xaijava.testsupport;

import io.github.xaijava.XaiClient;
import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.config.PollOptions;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The clients of an end-to-end test, made the way a user makes them and pointed at the class's
 * simulator. After a test that passed, each client is checked the way OkHttp's test rule checks:
 * the test fails if a call is still running or a connection still in use (an unclosed stream or
 * body), or if an exception escaped on another thread. Then every client is closed. The
 * simulator's own extension checks the other end: no answer may still be going out.
 *
 * <pre>{@code
 * @RegisterExtension static final XaiSimulatorExtension xai = new XaiSimulatorExtension();
 * @RegisterExtension final SimulatedClients clients = new SimulatedClients(xai);
 * }</pre>
 *
 * <p>Jobs poll every few milliseconds (the simulator finishes them after one or two polls), so no
 * test waits for xAI-sized intervals.
 */
public final class SimulatedClients implements BeforeEachCallback, AfterEachCallback {

  /** Polls of deferred completions and video jobs: quick, since the simulator is. */
  public static final PollOptions QUICK_POLLS = PollOptions.builder()
      .initialInterval(Duration.ofMillis(5))
      .maxInterval(Duration.ofMillis(20))
      .build();

  private final XaiSimulatorExtension xai;
  private final ClientChecks checks = new ClientChecks();
  private XaiClient client;

  public SimulatedClients(XaiSimulatorExtension xai) {
    this.xai = Objects.requireNonNull(xai, "xai == null");
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    checks.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    client = null;
    checks.finish(context.getExecutionException().isEmpty());
  }

  /** The test's client (made on first use): the simulator's key and URL, quick polls. */
  public XaiClient client() {
    if (client == null) {
      client = client(o -> { });
    }
    return client;
  }

  /** Another client of the test, with {@code more} applied after the defaults of {@link #client()}. */
  public XaiClient client(Consumer<ClientOptions.Builder> more) {
    XaiSimulator sim = xai.simulator();
    XaiClient c = XaiClient.create(o -> {
      o.apiKey(XaiSimulator.DEFAULT_API_KEY).baseUrl(sim.baseUrl()).pollOptions(QUICK_POLLS);
      more.accept(o);
    });
    return checks.track(c);
  }
}
