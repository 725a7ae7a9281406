package io.github.xaijava.internal.jobs;

import io.github.xaijava.errors.JobFailedException;
import io.github.xaijava.jobs.Job;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Not API. A job whose answers say where it stands: each answer is {@link #judge judged} final
 * (kept and returned), failed (kept and thrown) or not yet final (a status this version does not
 * know counts as not yet final). The video, deferred image and batch handles are this with
 * their own judgement.
 *
 * @param <T> the job's answer
 */
abstract class StatusJob<T> extends PolledJob<T> implements Job<T> {

  private volatile T done;
  private volatile JobFailedException failure;

  StatusJob(String requestId, Supplier<Optional<T>> fetch,
      Supplier<CompletableFuture<Optional<T>>> fetchAsync, Poller poller) {
    super(requestId, fetch, fetchAsync, poller);
  }

  /**
   * What an answer means.
   *
   * @return true when it is final; false when the job goes on
   * @throws JobFailedException when it says the job failed
   */
  abstract boolean judge(T answer);

  /**
   * The failure of a job whose answer says {@code status} ({@code failed} or {@code expired}):
   * xAI's code and message when it sent them, else the status, and for an expiry our sentence.
   */
  final JobFailedException failed(String status, String code, String message, String what) {
    if (message == null && "expired".equals(status)) {
      message = "The " + what + " expired before it finished";
    }
    return new JobFailedException(requestId, code == null ? status : code, message);
  }

  @Override
  public Optional<T> poll() {
    synchronized (lock) {
      Optional<T> kept = kept();
      return kept != null ? kept : record(fetch.get());
    }
  }

  @Override
  public CompletableFuture<Optional<T>> pollAsync() {
    synchronized (lock) {
      Optional<T> kept = kept();
      if (kept != null) {
        return CompletableFuture.completedFuture(kept);
      }
    }
    return fetchAsync.get().thenApply(answer -> {
      synchronized (lock) {
        Optional<T> kept = kept();
        return kept != null ? kept : record(answer);
      }
    });
  }

  /** The kept outcome, or null when there is none yet. */
  private Optional<T> kept() {
    if (done != null) {
      return Optional.of(done);
    }
    if (failure != null) {
      throw failure;
    }
    return null;
  }

  private Optional<T> record(Optional<T> answer) {
    if (answer.isPresent()) {
      try {
        if (judge(answer.get())) {
          done = answer.get();
        }
      } catch (JobFailedException e) {
        failure = e;
        throw e;
      }
    }
    return answer;
  }

  @Override
  public T await(Duration timeout) {
    return awaitWith(timeout, answer -> { });
  }

  @Override
  public CompletableFuture<T> awaitAsync(Duration timeout) {
    return awaitAsyncWith(timeout, answer -> { });
  }

  /** {@link #await(Duration)}, telling {@code listener} about every answer seen. */
  T awaitWith(Duration timeout, Consumer<T> listener) {
    Objects.requireNonNull(listener, "listener == null");
    return poller.await(requestId, timeout, () -> finished(poll(), listener), () -> false);
  }

  /** {@link #awaitAsync(Duration)}, telling {@code listener} about every answer seen. */
  CompletableFuture<T> awaitAsyncWith(Duration timeout, Consumer<T> listener) {
    Objects.requireNonNull(listener, "listener == null");
    return poller.awaitAsync(requestId, timeout,
        () -> pollAsync().thenApply(answer -> finished(answer, listener)));
  }

  /** Tells the listener; the answer counts as finished only once it is the kept final one. */
  private Optional<T> finished(Optional<T> answer, Consumer<T> listener) {
    answer.ifPresent(listener);
    return answer.filter(r -> r == done);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName().replace("Impl", "") + "{requestId=" + requestId
        + ", done=" + (done != null) + ", failed=" + (failure != null) + "}";
  }
}
