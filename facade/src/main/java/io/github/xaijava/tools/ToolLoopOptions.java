package io.github.xaijava.tools;

import io.github.xaijava.config.RequestOptions;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Settings of a tool loop: how many rounds of tool calls it allows, a hook called after each
 * round, and where handlers run.
 *
 * <pre>{@code
 * ToolLoopOptions<ChatResponse> options = ToolLoopOptions.<ChatResponse>builder()
 *     .maxRounds(4)
 *     .onRound(round -> log.info("round {}: {}", round.number(), round.results()))
 *     .build();
 * }</pre>
 *
 * @param <R> the response type the hook sees ({@code ChatResponse}, {@code ModelResponse}, or
 *     {@code Object} for a hook that does not look at it)
 */
public final class ToolLoopOptions<R> {

  /** Rounds of tool calls allowed by default. */
  public static final int DEFAULT_MAX_ROUNDS = 8;

  private static final ToolLoopOptions<Object> DEFAULTS = ToolLoopOptions.builder().build();

  private final int maxRounds;
  private final Consumer<? super ToolRound<? extends R>> onRound;
  private final Executor executor;
  private final RequestOptions requestOptions;

  private ToolLoopOptions(Builder<R> b) {
    this.maxRounds = b.maxRounds;
    this.onRound = b.onRound;
    this.executor = b.executor;
    this.requestOptions = b.requestOptions;
  }

  /** The defaults: {@value #DEFAULT_MAX_ROUNDS} rounds, no hook, handlers on the loop's threads. */
  @SuppressWarnings("unchecked")
  public static <R> ToolLoopOptions<R> defaults() {
    return (ToolLoopOptions<R>) DEFAULTS;
  }

  /** A builder with the defaults. */
  public static <R> Builder<R> builder() {
    return new Builder<>();
  }

  /** Rounds of tool calls allowed before the loop gives up. */
  public int maxRounds() {
    return maxRounds;
  }

  /** Called after each round's calls ran, before their results are sent. */
  public Consumer<? super ToolRound<? extends R>> onRound() {
    return onRound;
  }

  /**
   * Where handlers run. Empty (the default): a single call runs on the loop's thread, several
   * calls of one round run in parallel on threads the loop starts and stops.
   */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /** The options of every call the loop sends (timeout, headers, retries); none by default. */
  public RequestOptions requestOptions() {
    return requestOptions;
  }

  /** Builds {@link ToolLoopOptions}. */
  public static final class Builder<R> {

    private int maxRounds = DEFAULT_MAX_ROUNDS;
    private Consumer<? super ToolRound<? extends R>> onRound = round -> { };
    private Executor executor;
    private RequestOptions requestOptions = RequestOptions.none();

    private Builder() {
    }

    /**
     * Rounds of tool calls allowed (at least 1); when the model still asks for tools after
     * that many, the loop fails with {@code ToolLoopLimitException}.
     */
    public Builder<R> maxRounds(int maxRounds) {
      if (maxRounds < 1) {
        throw new IllegalArgumentException("maxRounds must be at least 1: " + maxRounds);
      }
      this.maxRounds = maxRounds;
      return this;
    }

    /** A hook called after each round; an exception it throws ends the loop with it. */
    public Builder<R> onRound(Consumer<? super ToolRound<? extends R>> onRound) {
      this.onRound = Objects.requireNonNull(onRound, "onRound == null");
      return this;
    }

    /** Runs handlers on {@code executor}, e.g. {@code Executors.newVirtualThreadPerTaskExecutor()}. */
    public Builder<R> executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    /** Options for every call the loop sends, e.g. a timeout per round. */
    public Builder<R> requestOptions(RequestOptions requestOptions) {
      this.requestOptions = Objects.requireNonNull(requestOptions, "requestOptions == null");
      return this;
    }

    /** The options. */
    public ToolLoopOptions<R> build() {
      return new ToolLoopOptions<>(this);
    }
  }
}
