package io.github.xaijava.opentelemetry;

import io.github.xaijava.XaiClient;
import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The clients of a test, made the way the README tells users to (through
 * {@link XaiTelemetry#configure}), pointed at the class's simulator and reporting to the class's
 * in-memory OpenTelemetry; closed after each test.
 *
 * <p>A test fails if anything was done to a span after its end (a second {@code end()}, a late
 * attribute): the SDK tolerates that quietly, logging it at FINE, which this listens to.
 */
final class TracedClients implements BeforeEachCallback, AfterEachCallback {

  /** Held strongly: java.util.logging keeps loggers weakly, and the level set here must stay. */
  private static final Logger SDK_SPAN = Logger.getLogger("io.opentelemetry.sdk.trace.SdkSpan");

  private final OpenTelemetryExtension otel;
  private final XaiSimulatorExtension xai;
  private final List<XaiClient> made = new ArrayList<>();
  private final List<String> lateCalls = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Handler onEndedSpans = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (String.valueOf(record.getMessage()).contains("on an ended Span")) {
        lateCalls.add(record.getMessage());
      }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };

  TracedClients(OpenTelemetryExtension otel, XaiSimulatorExtension xai) {
    this.otel = otel;
    this.xai = xai;
  }

  /** Instrumentation with the defaults. */
  XaiTelemetry telemetry() {
    return XaiTelemetry.create(otel.getOpenTelemetry());
  }

  /** A client instrumented with the defaults. */
  XaiClient client() {
    return client(telemetry(), o -> { });
  }

  /** A client instrumented by {@code telemetry}, with {@code more} applied last. */
  XaiClient client(XaiTelemetry telemetry, Consumer<ClientOptions.Builder> more) {
    XaiClient client = XaiClient.create(o -> {
      telemetry.configure(o.apiKey(XaiSimulator.DEFAULT_API_KEY).baseUrl(xai.baseUrl()));
      more.accept(o);
    });
    made.add(client);
    return client;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    lateCalls.clear();
    SDK_SPAN.setLevel(Level.FINE);
    SDK_SPAN.addHandler(onEndedSpans);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    made.forEach(XaiClient::close);
    made.clear();
    SDK_SPAN.removeHandler(onEndedSpans);
    if (context.getExecutionException().isEmpty()) {
      Assertions.assertEquals(List.of(), lateCalls, "calls on spans already ended");
    }
  }
}
