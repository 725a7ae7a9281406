package io.github.xaijava.opentelemetry;

import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;

/** The two GenAI client metrics, with the bucket boundaries the conventions advise. */
final class Instruments {

  /** 0.01 s doubling to 81.92 s. */
  static final List<Double> DURATION_BUCKETS = List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64,
      1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);
  /** Powers of 4 from 1 to 67,108,864. */
  static final List<Long> TOKEN_BUCKETS = List.of(1L, 4L, 16L, 64L, 256L, 1024L, 4096L, 16384L,
      65536L, 262144L, 1048576L, 4194304L, 16777216L, 67108864L);

  final DoubleHistogram duration;
  final LongHistogram tokens;

  Instruments(Meter meter) {
    this.duration = meter.histogramBuilder("gen_ai.client.operation.duration")
        .setDescription("GenAI operation duration")
        .setUnit("s")
        .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
        .build();
    this.tokens = meter.histogramBuilder("gen_ai.client.token.usage")
        .ofLongs()
        .setDescription("Number of input and output tokens used")
        .setUnit("{token}")
        .setExplicitBucketBoundariesAdvice(TOKEN_BUCKETS)
        .build();
  }
}
