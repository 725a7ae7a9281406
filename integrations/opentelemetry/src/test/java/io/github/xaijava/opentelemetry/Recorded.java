package io.github.xaijava.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reading what the in-memory SDK of a test recorded. */
final class Recorded {

  private Recorded() {
  }

  /**
   * The spans, once {@code count} have ended: an asynchronous call or stream may end its span on
   * an OkHttp thread just after the caller got its answer. A few extra milliseconds then make
   * sure no span that should not exist (a second end) comes late.
   */
  static List<SpanData> spans(OpenTelemetryExtension otel, int count) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (otel.getSpans().size() < count && System.nanoTime() < deadline) {
      sleep(5);
    }
    sleep(20);
    List<SpanData> spans = otel.getSpans();
    assertEquals(count, spans.size(), () -> "spans: " + names(spans));
    return spans;
  }

  /** The one span a test made. */
  static SpanData span(OpenTelemetryExtension otel) {
    return spans(otel, 1).get(0);
  }

  /** The points of histogram {@code name}, or a failure naming the metrics there are. */
  static List<HistogramPointData> histogram(OpenTelemetryExtension otel, String name) {
    List<MetricData> metrics = otel.getMetrics();
    for (MetricData m : metrics) {
      if (m.getName().equals(name)) {
        return new ArrayList<>(m.getHistogramData().getPoints());
      }
    }
    return fail("no metric " + name + " in " + metrics.stream().map(MetricData::getName)
        .collect(Collectors.toList()));
  }

  /** The point of {@code points} with exactly {@code attributes}. */
  static HistogramPointData point(List<HistogramPointData> points, Attributes attributes) {
    for (HistogramPointData p : points) {
      if (p.getAttributes().equals(attributes)) {
        return p;
      }
    }
    return fail("no point with " + attributes + " in " + points.stream()
        .map(HistogramPointData::getAttributes).collect(Collectors.toList()));
  }

  private static List<String> names(List<SpanData> spans) {
    return spans.stream().map(SpanData::getName).collect(Collectors.toList());
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
