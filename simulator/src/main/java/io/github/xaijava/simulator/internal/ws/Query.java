package io.github.xaijava.simulator.internal.ws;

import io.github.xaijava.simulator.internal.Call;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A socket's query parameters: the first value of each, decoded. */
final class Query {
  private final Map<String, List<String>> values;

  Query(String rawQuery) {
    this.values = Call.parseQuery(rawQuery);
  }

  /** The first value of {@code name}, or {@code fallback}. */
  String get(String name, String fallback) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() ? fallback : v.get(0);
  }

  /** The value as an int, {@code fallback} when absent, null when it is not a number. */
  Integer integer(String name, int fallback) {
    String v = get(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The value as a boolean ({@code true}/{@code false}, any case), {@code fallback} when absent, null otherwise. */
  Boolean bool(String name, boolean fallback) {
    String v = get(name, null);
    if (v == null) {
      return fallback;
    }
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> null;
    };
  }
}
