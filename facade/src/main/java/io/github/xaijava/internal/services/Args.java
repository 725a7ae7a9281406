package io.github.xaijava.internal.services;

import java.util.Objects;

/**
 * Not API. Checks of what callers pass to a service, before anything is sent: a blank id would
 * reach a different endpoint ({@code GET /v1/files/} is the list), a null request would fail deep
 * inside Retrofit.
 */
final class Args {

  private Args() {
  }

  /** {@code value}, or an exception naming the parameter when it is null or blank. */
  static String id(String value, String name) {
    Objects.requireNonNull(value, () -> name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }

  /**
   * Refuses a request for a whole answer that asks for a stream (or a deferred job): its answer
   * would not be the JSON the call reads.
   */
  static void wholeAnswer(java.util.Optional<Boolean> flag, String property, String instead) {
    if (flag.orElse(false)) {
      throw new IllegalArgumentException("the request sets \"" + property + "\": true; use "
          + instead + " for that, or leave it unset");
    }
  }

  /** {@code value}, or a {@code NullPointerException} naming the parameter. */
  static <T> T required(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " == null");
  }
}
