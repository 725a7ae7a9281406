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

  /**
   * An id percent-encoded as one whole path segment: every byte but RFC 3986's unreserved
   * characters, so a {@code /} or {@code :} in it cannot end the segment or pose as the custom
   * verb after it ({@code team/batch:1} → {@code team%2Fbatch%3A1}).
   */
  static String pathSegment(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** {@code value}, or a {@code NullPointerException} naming the parameter. */
  static <T> T required(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " == null");
  }
}
