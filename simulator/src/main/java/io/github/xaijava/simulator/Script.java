package io.github.xaijava.simulator;

import java.util.Objects;

/**
 * Where a simulator's scripted answers are queued: exact answers served before the built-in
 * behaviour, each once, in order, optionally only on one path.
 *
 * <pre>{@code
 * sim.script().onPath("/v1/chat/completions").enqueue(ScriptedAnswer.json(200, "{...}"));
 * sim.script().enqueue(ScriptedAnswer.error(503, "The service is currently unavailable", "try later"));
 * sim.script().nextVideoOutcome(VideoOutcome.FAILED);   // the next video job fails
 * }</pre>
 *
 * <p>A scripted answer is served after the key check and any injected {@link Fault} (a drip or a cut
 * applies to it too) and before the request body is checked, so it answers even a body the
 * simulator would reject. Paths are exact, or a prefix ending in {@code *}. Thread-safe; {@link
 * XaiSimulator#reset()} clears the queue.
 */
public final class Script {
  private final Rules<ScriptedAnswer> rules;
  private final java.util.function.Consumer<VideoOutcome> videoOutcomes;

  Script(Rules<ScriptedAnswer> rules, java.util.function.Consumer<VideoOutcome> videoOutcomes) {
    this.rules = rules;
    this.videoOutcomes = videoOutcomes;
  }

  /** Queues {@code answer} for the next call on any path. */
  public Script enqueue(ScriptedAnswer answer) {
    rules.add(answer, null, 1);
    return this;
  }

  /** Answers queued from the returned plan serve only calls to {@code path}. */
  public Plan onPath(String path) {
    return new Plan(Rules.checkPath(path));
  }

  /** Makes the next video job that starts end with {@code outcome} (queued: one job each). */
  public Script nextVideoOutcome(VideoOutcome outcome) {
    videoOutcomes.accept(Objects.requireNonNull(outcome, "outcome == null"));
    return this;
  }

  /** How many scripted answers are still queued. */
  public int pending() {
    return rules.size();
  }

  /** Drops every queued answer. */
  public void clear() {
    rules.clear();
  }

  /** Answers for one path. */
  public final class Plan {
    private final String path;

    private Plan(String path) {
      this.path = path;
    }

    /** Queues {@code answer} for the next call to this plan's path. */
    public Plan enqueue(ScriptedAnswer answer) {
      rules.add(answer, path, 1);
      return this;
    }
  }
}
