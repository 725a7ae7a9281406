package io.github.xaijava.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An ordered list of things (faults, scripted answers) that apply to calls: each with a path pattern,
 * optionally a request header the call must carry, and a number of calls left. The first rule that
 * matches a call is taken; a rule is gone once its calls are used up. Thread-safe.
 */
final class Rules<T> {
  /** Calls left for a rule that never runs out. */
  static final int FOREVER = -1;

  /** A request header a call must carry, with exactly this first value (the name in any case). */
  record Header(String name, String value) {
    Header {
      Objects.requireNonNull(name, "header name == null");
      Objects.requireNonNull(value, "header value == null");
      if (name.isBlank()) {
        throw new IllegalArgumentException("header name must not be blank");
      }
    }

    boolean matches(Function<String, String> headers) {
      return value.equals(headers.apply(name));
    }
  }

  private static final class Rule<T> {
    final T value;
    final String path;
    final Header header;
    int left;

    Rule(T value, String path, Header header, int left) {
      this.value = value;
      this.path = path;
      this.header = header;
      this.left = left;
    }
  }

  private final List<Rule<T>> rules = new ArrayList<>();

  /** Checks a path pattern: an exact path, or a prefix ending in {@code *}; null matches every path. */
  static String checkPath(String path) {
    Objects.requireNonNull(path, "path == null");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    return path;
  }

  static int checkCalls(int calls) {
    if (calls < 1) {
      throw new IllegalArgumentException("calls must be at least 1: " + calls);
    }
    return calls;
  }

  synchronized void add(T value, String path, int calls) {
    add(value, path, null, calls);
  }

  /** Adds a rule; {@code header} null matches every call. */
  synchronized void add(T value, String path, Header header, int calls) {
    rules.add(new Rule<>(Objects.requireNonNull(value, "value == null"), path, header, calls));
  }

  /** Takes one call's worth of the first rule matching {@code path} (none narrowed to a header), or null. */
  synchronized T take(String path) {
    return take(path, name -> null);
  }

  /**
   * Takes one call's worth of the first rule matching {@code path} and the call's headers, or returns
   * null.
   *
   * @param headers the call's first value of a header by name (any case), or null when absent
   */
  synchronized T take(String path, Function<String, String> headers) {
    for (Iterator<Rule<T>> it = rules.iterator(); it.hasNext(); ) {
      Rule<T> r = it.next();
      if (!matches(r.path, path) || r.header != null && !r.header.matches(headers)) {
        continue;
      }
      if (r.left != FOREVER && --r.left == 0) {
        it.remove();
      }
      return r.value;
    }
    return null;
  }

  synchronized int size() {
    return rules.size();
  }

  synchronized void clear() {
    rules.clear();
  }

  private static boolean matches(String pattern, String path) {
    if (pattern == null) {
      return true;
    }
    return pattern.endsWith("*") ? path.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(path);
  }
}
