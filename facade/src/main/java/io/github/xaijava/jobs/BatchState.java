package io.github.xaijava.jobs;

import io.github.xaijava.generated.model.Batch;
import io.github.xaijava.generated.model.BatchCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Where a batch stands. xAI sends no status field, only counts and times; this is what they
 * mean, in the order they are checked.
 */
public enum BatchState {
  /** xAI cancelled it ({@code cancel_by_xai_message} says why, e.g. a bad line in its file). */
  CANCELLED_BY_XAI(true),
  /** Cancelled by a {@code cancel} call: requests not yet run were dropped. */
  CANCELLED(true),
  /** Its expiry time has passed. */
  EXPIRED(true),
  /** No requests yet: a file batch still loading, or a batch nothing was added to. */
  LOADING(false),
  /** Some requests have not finished. */
  RUNNING(false),
  /** Every request finished (succeeded, failed or was cancelled). */
  DONE(true);

  private final boolean isFinal;

  BatchState(boolean isFinal) {
    this.isFinal = isFinal;
  }

  /** Whether the batch will not change any more (its results can still be read). */
  public boolean isFinal() {
    return isFinal;
  }

  /**
   * The state of {@code batch} at {@code now}.
   *
   * @param batch a batch as xAI sent it
   * @param now the time to judge expiry by
   * @return its state
   */
  public static BatchState of(Batch batch, Instant now) {
    if (batch.cancelByXaiMessage().filter(m -> !m.isEmpty()).isPresent()) {
      return CANCELLED_BY_XAI;
    }
    if (batch.cancelTime().filter(t -> !t.isEmpty()).isPresent()) {
      return CANCELLED;
    }
    Optional<BatchCounts> counts = batch.state();
    int requests = counts.map(c -> c.numRequests().orElse(0)).orElse(0);
    int pending = counts.map(c -> c.numPending().orElse(0)).orElse(0);
    if (requests > 0 && pending == 0) {
      return DONE;
    }
    if (batch.expireTime().flatMap(BatchState::instant).filter(t -> !t.isAfter(now)).isPresent()) {
      return EXPIRED;
    }
    return requests == 0 ? LOADING : RUNNING;
  }

  /**
   * A time as xAI's batch API writes it: RFC 3339 ({@code 2025-11-11T08:00:00Z}) or a bare date
   * ({@code 2025-11-11}, read as its start in UTC); both forms are reported.
   *
   * @param text the time's text
   * @return the instant; empty when the text is neither form
   */
  public static Optional<Instant> instant(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
    } catch (DateTimeParseException notTime) {
      try {
        return Optional.of(LocalDate.parse(text.trim()).atStartOfDay().toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
