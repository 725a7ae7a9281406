package io.github.xaijava.soak;

import java.time.Duration;
import java.util.Objects;

/**
 * What a soak runs and what its checks allow.
 *
 * @param threads callers at once, each with one call in flight (sharing one client)
 * @param calls chat completions ({@code chat().create}), a quarter of them asynchronous
 * @param streams streamed chat completions, a quarter of them asynchronous
 * @param faultRate the share of calls and streams given a fault at random (0 to 1); on top of it,
 *     every fault kind is given to at least one call of every shape it applies to
 * @param seed the seed of every random choice: the same seed, the same plan
 * @param readTimeout the client's read timeout; a stalled answer (a drip twice as slow) times out
 *     after it, so it also bounds how long a stall holds a caller. Well above the slowest call
 *     without a fault (the report shows both): a busy simulator that answers later than this is
 *     retried, which the soak would report as an attempt too many
 * @param callDeadline a call without an outcome after this long is a hang
 * @param settle how long to wait after the run for the client to become idle: busy threads to
 *     end, connections to be released and pruned
 * @param extraThreadsAllowed how many threads more than before the run may remain after {@code
 *     settle}, all of them idle pool workers (OkHttp keeps an idle dispatcher thread 60 s)
 * @param heapGrowthAllowed how many bytes more than before the run the heap may hold after a GC
 */
public record SoakConfig(int threads, int calls, int streams, double faultRate, long seed,
    Duration readTimeout, Duration callDeadline, Duration settle, int extraThreadsAllowed,
    long heapGrowthAllowed) {

  private static final long MIB = 1024 * 1024;

  public SoakConfig {
    if (threads < 1 || calls < 0 || streams < 0 || extraThreadsAllowed < 0
        || heapGrowthAllowed < 0) {
      throw new IllegalArgumentException(
          "threads must be positive, counts and allowances not negative");
    }
    if (!(faultRate >= 0 && faultRate <= 1)) {
      throw new IllegalArgumentException("faultRate must be between 0 and 1: " + faultRate);
    }
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(callDeadline, "callDeadline");
    Objects.requireNonNull(settle, "settle");
  }

  /**
   * The short soak of {@code mvn verify}: 64 threads, 2,000 calls, 200 streams, 1 %. It does not
   * wait out OkHttp's idle threads, so up to one idle dispatcher thread per caller may remain.
   */
  public static SoakConfig quick() {
    return new SoakConfig(64, 2_000, 200, 0.01, 23L, Duration.ofSeconds(2),
        Duration.ofSeconds(15), Duration.ofSeconds(5), 64 + 4, 32 * MIB);
  }

  /**
   * The long soak (scripts/soak.sh): 64 threads, 10,000 calls, 1,000 streams, 1 %. It waits up
   * to 90 s after the run, longer than OkHttp keeps an idle thread, so the threads must come back
   * to the count before the run.
   */
  public static SoakConfig full() {
    return new SoakConfig(64, 10_000, 1_000, 0.01, 23L, Duration.ofSeconds(2),
        Duration.ofSeconds(15), Duration.ofSeconds(90), 2, 32 * MIB);
  }

  /** This configuration with other counts, rate and seed. */
  public SoakConfig with(int threads, int calls, int streams, double faultRate, long seed) {
    return new SoakConfig(threads, calls, streams, faultRate, seed, readTimeout, callDeadline,
        settle, extraThreadsAllowed, heapGrowthAllowed);
  }
}
