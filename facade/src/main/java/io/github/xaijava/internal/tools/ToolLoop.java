package io.github.xaijava.internal.tools;

import io.github.xaijava.errors.ToolLoopLimitException;
import io.github.xaijava.tools.ToolLoopOptions;
import io.github.xaijava.tools.ToolLoopResult;
import io.github.xaijava.tools.ToolResult;
import io.github.xaijava.tools.ToolRound;
import io.github.xaijava.tools.Toolbox;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Not API. The tool loop of chat and of the responses API, blocking and async: send, run the
 * calls the model asked for, send the results, until an answer without calls. What differs
 * between the two APIs is in {@link Turns}.
 *
 * @param <Q> request
 * @param <R> response
 * @param <I> conversation item
 */
public final class ToolLoop<Q, R, I> {

  /** What one API's requests and responses look like to the loop. */
  public interface Turns<Q, R, I> {

    /** The calls a response asks for; empty for a final answer. */
    List<Call> calls(R response);

    /** The conversation items a request carries. */
    List<I> items(Q request);

    /** The model's items in a response (its message, its calls). */
    List<I> answer(R response);

    /** The items that carry the results back. */
    List<I> results(List<ToolResult> results);

    /** The next request: after {@code response}, with {@code conversation} and {@code results}. */
    Q next(Q request, R response, List<I> conversation, List<I> results);
  }

  /** One call the model asked for. */
  public record Call(String id, String name, String arguments) {
  }

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Turns<Q, R, I> turns;
  private final Toolbox toolbox;
  private final ToolLoopOptions<? super R> options;

  public ToolLoop(Turns<Q, R, I> turns, Toolbox toolbox, ToolLoopOptions<? super R> options) {
    this.turns = turns;
    this.toolbox = toolbox;
    this.options = options;
  }

  /** Runs the loop on the calling thread, sending with {@code send}. */
  public ToolLoopResult<R, I> run(Q request, Function<Q, R> send) {
    Run run = new Run(request);
    try {
      Q current = request;
      while (true) {
        R response = send.apply(current);
        List<Call> calls = run.answered(response);
        if (calls.isEmpty()) {
          return run.result(response);
        }
        List<ToolResult> results = calls.size() == 1 && options.executor().isEmpty()
            ? List.of(execute(calls.get(0)))
            : join(run.execute(calls));
        current = run.next(current, response, results);
      }
    } finally {
      run.close();
    }
  }

  /** Runs the loop without blocking, sending with {@code send}. */
  public CompletableFuture<ToolLoopResult<R, I>> runAsync(Q request,
      Function<Q, CompletableFuture<R>> send) {
    Run run = new Run(request);
    CompletableFuture<ToolLoopResult<R, I>> result = step(run, request, send);
    return result.whenComplete((r, e) -> run.close());
  }

  private CompletableFuture<ToolLoopResult<R, I>> step(Run run, Q current,
      Function<Q, CompletableFuture<R>> send) {
    return send.apply(current).thenCompose(response -> {
      List<Call> calls = run.answered(response);
      if (calls.isEmpty()) {
        return CompletableFuture.completedFuture(run.result(response));
      }
      return run.execute(calls).thenCompose(
          results -> step(run, run.next(current, response, results), send));
    });
  }

  private ToolResult execute(Call call) {
    return toolbox.run(call.id(), call.name(), call.arguments());
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** The state of one loop: its conversation, its rounds, and the threads it started. */
  private final class Run {
    private final List<I> conversation;
    private final List<ToolRound<R>> rounds = new ArrayList<>();
    private ExecutorService ownThreads;

    Run(Q request) {
      this.conversation = new ArrayList<>(turns.items(request));
    }

    /** Takes in a response; its calls, or the limit exception when none may run any more. */
    synchronized List<Call> answered(R response) {
      conversation.addAll(turns.answer(response));
      List<Call> calls = turns.calls(response);
      if (!calls.isEmpty() && rounds.size() == options.maxRounds()) {
        throw new ToolLoopLimitException(rounds.size(), conversation);
      }
      return calls;
    }

    /** The calls, each on the executor (or the loop's threads), results in call order. */
    CompletableFuture<List<ToolResult>> execute(List<Call> calls) {
      Executor executor = options.executor().orElseGet(this::ownThreads);
      List<CompletableFuture<ToolResult>> running = new ArrayList<>();
      for (Call call : calls) {
        running.add(CompletableFuture.supplyAsync(() -> ToolLoop.this.execute(call), executor));
      }
      return CompletableFuture.allOf(running.toArray(new CompletableFuture<?>[0]))
          .thenApply(done -> running.stream().map(CompletableFuture::join).toList());
    }

    /** Records a round, calls the hook, and builds the next request. */
    synchronized Q next(Q current, R response, List<ToolResult> results) {
      ToolRound<R> round = new ToolRound<>(rounds.size() + 1, response, results);
      rounds.add(round);
      options.onRound().accept(round);
      List<I> items = turns.results(results);
      Q next = turns.next(current, response, List.copyOf(conversation), items);
      conversation.addAll(items);
      return next;
    }

    synchronized ToolLoopResult<R, I> result(R response) {
      return new ToolLoopResult<>(response, conversation, rounds);
    }

    private synchronized Executor ownThreads() {
      if (ownThreads == null) {
        // Handlers may block (a database, an HTTP call): threads of their own, not a shared pool.
        ThreadFactory factory = task -> {
          Thread thread = new Thread(task, "xai-tool-" + THREADS.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
        ownThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS,
            new SynchronousQueue<>(), factory);
      }
      return ownThreads;
    }

    synchronized void close() {
      if (ownThreads != null) {
        ownThreads.shutdown();
      }
    }
  }
}
