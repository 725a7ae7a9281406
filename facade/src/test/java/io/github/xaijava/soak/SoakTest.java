package io.github.xaijava.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The short soak of {@code mvn verify} (the long one is scripts/soak.sh): 64 callers share one
 * client for 2,000 chat completions and 200 streams, 1 % of them and at least one of each shape
 * given each fault kind; every outcome must be the answer or the fault's typed error, and nothing
 * may grow. See {@link Soak}.
 */
class SoakTest {

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void everyOutcomeIsTheAnswerOrTheFaultsErrorAndNothingGrows() {
    SoakReport report = Soak.run(SoakConfig.quick());

    System.out.print(report.summary());
    assertTrue(report.passed(), report::summary);
    for (FaultKind kind : FaultKind.values()) {
      assertTrue(report.faults().getOrDefault(kind, 0) >= (kind.forOneKindOfCall() ? 2 : 4),
          () -> kind + " was not given to every shape: " + report.faults());
    }
    assertEquals(SoakConfig.quick().calls() + SoakConfig.quick().streams(),
        report.shapes().values().stream().mapToInt(Integer::intValue).sum());
  }
}
