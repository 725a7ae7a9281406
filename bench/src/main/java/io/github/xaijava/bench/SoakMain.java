package io.github.xaijava.bench;

import io.github.xaijava.soak.Soak;
import io.github.xaijava.soak.SoakConfig;
import io.github.xaijava.soak.SoakReport;

/**
 * The long soak, run by scripts/soak.sh: {@link Soak} (the driver of the facade's tests, from its
 * test jar) with {@link SoakConfig#full()}, or other counts. Prints the report; exits with 1 when
 * the soak found a problem.
 *
 * <pre>
 * SoakMain                                   64 threads, 10,000 calls, 1,000 streams, 1 % faults
 * SoakMain --quick                           the short soak of mvn verify
 * SoakMain --calls 2000 --streams 200 --threads 32 --fault-rate 0.05 --seed 7
 * </pre>
 */
public final class SoakMain {

  private SoakMain() {
  }

  public static void main(String[] args) {
    SoakConfig config = SoakConfig.full();
    int i = 0;
    if (args.length > 0 && args[0].equals("--quick")) {
      config = SoakConfig.quick();
      i = 1;
    }
    int threads = config.threads();
    int calls = config.calls();
    int streams = config.streams();
    double faultRate = config.faultRate();
    long seed = config.seed();
    for (; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + args[i]);
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(value);
        case "--calls" -> calls = Integer.parseInt(value);
        case "--streams" -> streams = Integer.parseInt(value);
        case "--fault-rate" -> faultRate = Double.parseDouble(value);
        case "--seed" -> seed = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + " (--quick first, then --threads, --calls, --streams, --fault-rate, --seed)");
      }
    }
    SoakReport report = Soak.run(config.with(threads, calls, streams, faultRate, seed));
    System.out.print(report.summary());
    System.exit(report.passed() ? 0 : 1);
  }
}
