package io.github.xaijava.testsupport;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.streaming.StreamResponse;
import io.github.xaijava.streaming.StreamSubscription;
import io.github.xaijava.testing.Both;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a stream delivered, read either way: the events in order and the failure that ended it
 * (null when it ended normally). The blocking way iterates a {@link StreamResponse} and closes
 * it; the asynchronous way collects a {@link StreamHandler}'s callbacks and waits for the
 * subscription's completion, so one test checks that both deliver the same.
 *
 * @param <T> the event type
 */
public record Received<T>(List<T> events, Throwable failure) {

  /** Reads the stream {@code mode}'s way: {@code blocking} opens one, {@code async} subscribes. */
  public static <T> Received<T> read(Both mode, Supplier<? extends StreamResponse<T>> blocking,
      Function<StreamHandler<T>, StreamSubscription> async) {
    return mode == Both.SYNC ? blocking(blocking) : async(async);
  }

  /** Iterates the stream to its end (or failure) and closes it. */
  public static <T> Received<T> blocking(Supplier<? extends StreamResponse<T>> open) {
    List<T> events = new ArrayList<>();
    try (StreamResponse<T> stream = open.get()) {
      for (T event : stream) {
        events.add(event);
      }
      return new Received<>(events, null);
    } catch (RuntimeException e) {
      return new Received<>(events, e);
    }
  }

  /** Subscribes and waits (up to 10 s) until the subscription has completed. */
  public static <T> Received<T> async(Function<StreamHandler<T>, StreamSubscription> start) {
    List<T> events = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();
    StreamSubscription sub = start.apply(new StreamHandler<>() {
      @Override
      public void onEvent(T event) {
        synchronized (events) {
          events.add(event);
        }
      }

      @Override
      public void onError(Throwable error) {
        synchronized (errors) {
          errors.add(error);
        }
      }
    });
    Throwable failure = null;
    try {
      sub.completion().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | CompletionException e) {
      failure = e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("the async stream did not complete", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    synchronized (errors) {
      // Exactly one onError for a failure, none for a normal end; completion says the same.
      assertTrue(errors.size() <= 1, "onError called " + errors.size() + " times");
      if (failure == null) {
        assertTrue(errors.isEmpty(), "completed normally after onError(" + errors + ")");
      } else {
        assertTrue(errors.size() == 1 && errors.get(0) == failure,
            "completion failed with " + failure + " but onError saw " + errors);
      }
    }
    synchronized (events) {
      return new Received<>(List.copyOf(events), failure);
    }
  }

  /** Asserts the stream ended normally and returns its events. */
  public List<T> completed() {
    if (failure != null) {
      throw new AssertionError("the stream failed after " + events.size() + " events", failure);
    }
    return events;
  }

  /** Asserts the stream failed with a {@code type} and returns that failure. */
  public <E extends Throwable> E failedWith(Class<E> type) {
    assertNotNull(failure, "the stream ended normally after " + events.size() + " events");
    return assertInstanceOf(type, failure, () -> "failure: " + failure);
  }
}
