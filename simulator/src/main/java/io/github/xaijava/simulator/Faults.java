package io.github.xaijava.simulator;

import java.time.Duration;

/**
 * Where a simulator's injected failures are installed. Say which calls (the next N, every one, only
 * on one path), then what goes wrong:
 *
 * <pre>{@code
 * sim.faults().next(2).rateLimited(Duration.ofSeconds(1));       // two 429s, then normal answers
 * sim.faults().onPath("/v1/chat/completions").serverError(503);  // the next chat call gets 503
 * sim.faults().next(1).cutStreamAfter(3);                        // 3 events, then the socket closes
 * sim.faults().next(1).dropConnection();                         // no answer at all
 * sim.faults().always().drip(Duration.ofMillis(20));             // every event 20 ms apart
 * sim.faults().next(1).errorFrameAfter(2);                       // an error inside a 200 stream
 * sim.faults().withHeader("x-test-call", "7").next(3).serverError(503); // only that call's attempts
 * }</pre>
 *
 * <p>Without {@link Plan#next(int)} or {@link Plan#always()} a fault applies to one call. A call takes
 * the oldest fault whose path (and header, when narrowed by {@link Plan#withHeader}) matches (one fault
 * per call), so queued faults run in the order they were installed. Paths are exact, or a prefix
 * ending in {@code *} ({@code /v1/files*}). Faults apply before scripted and built-in answers, after
 * the key check. Thread-safe; {@link XaiSimulator#reset()} clears them.
 */
public final class Faults {
  private final Rules<Fault> rules;

  Faults(Rules<Fault> rules) {
    this.rules = rules;
  }

  /** Faults for the next {@code calls} calls (on any path unless narrowed). */
  public Plan next(int calls) {
    return new Plan(rules, null, null, Rules.checkCalls(calls));
  }

  /** Faults for every call until {@link #clear()}. */
  public Plan always() {
    return new Plan(rules, null, null, Rules.FOREVER);
  }

  /** Faults only for calls to {@code path} (exact, or a prefix ending in {@code *}); one call unless widened. */
  public Plan onPath(String path) {
    return new Plan(rules, Rules.checkPath(path), null, 1);
  }

  /**
   * Faults only for calls carrying header {@code name} with {@code value} (see {@link
   * Plan#withHeader}); one call unless widened.
   */
  public Plan withHeader(String name, String value) {
    return new Plan(rules, null, new Rules.Header(name, value), 1);
  }

  /** Removes every installed fault. */
  public void clear() {
    rules.clear();
  }

  /** How many installed faults still have calls left. */
  public int pending() {
    return rules.size();
  }

  /** Which calls a fault applies to; immutable, each method returns a new plan or installs the fault. */
  public static final class Plan {
    private final Rules<Fault> rules;
    private final String path;
    private final Rules.Header header;
    private final int calls;

    private Plan(Rules<Fault> rules, String path, Rules.Header header, int calls) {
      this.rules = rules;
      this.path = path;
      this.header = header;
      this.calls = calls;
    }

    /** Only calls to {@code path}. */
    public Plan onPath(String path) {
      return new Plan(rules, Rules.checkPath(path), header, calls);
    }

    /**
     * Only calls carrying request header {@code name} (any case) whose first value is exactly {@code
     * value}; the others pass untouched and do not use up the planned calls. A client's retry of such
     * a call carries the header again, so {@code next(n)} covers its first {@code n} attempts: how a
     * test that runs many calls at once aims a fault at one of them.
     */
    public Plan withHeader(String name, String value) {
      return new Plan(rules, path, new Rules.Header(name, value), calls);
    }

    /** The next {@code calls} matching calls. */
    public Plan next(int calls) {
      return new Plan(rules, path, header, Rules.checkCalls(calls));
    }

    /** Every matching call until cleared. */
    public Plan always() {
      return new Plan(rules, path, header, Rules.FOREVER);
    }

    /** Installs {@code fault} for the planned calls. */
    public void inject(Fault fault) {
      rules.add(fault, path, header, calls);
    }

    /** See {@link Fault#rateLimited(Duration)}. */
    public void rateLimited(Duration retryAfter) {
      inject(Fault.rateLimited(retryAfter));
    }

    /** See {@link Fault#rateLimited()}. */
    public void rateLimited() {
      inject(Fault.rateLimited());
    }

    /** See {@link Fault#serverError(int)}. */
    public void serverError(int status) {
      inject(Fault.serverError(status));
    }

    /** See {@link Fault#dropConnection()}. */
    public void dropConnection() {
      inject(Fault.dropConnection());
    }

    /** See {@link Fault#cutStreamAfter(int)}. */
    public void cutStreamAfter(int events) {
      inject(Fault.cutStreamAfter(events));
    }

    /** See {@link Fault#drip(Duration)}. */
    public void drip(Duration delay) {
      inject(Fault.drip(delay));
    }

    /** See {@link Fault#errorFrameAfter(int)}. */
    public void errorFrameAfter(int events) {
      inject(Fault.errorFrameAfter(events));
    }
  }
}
