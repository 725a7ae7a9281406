package io.github.xaijava.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * An ordered list of things (faults, scripted answers) that apply to calls: each with a path pattern
 * and a number of calls left. The first rule that matches a call's path is taken; a rule is gone once
 * its calls are used up. Thread-safe.
 */
final class Rules<T> {
  /** Calls left for a rule that never runs out. */
  static final int FOREVER = -1;

  private static final class Rule<T> {
    final T value;
    final String path;
    int left;

    Rule(T value, String path, int left) {
      this.value = value;
      this.path = path;
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
    rules.add(new Rule<>(Objects.requireNonNull(value, "value == null"), path, calls));
  }

  /** Takes one call's worth of the first rule matching {@code path}, or returns null. */
  synchronized T take(String path) {
    for (Iterator<Rule<T>> it = rules.iterator(); it.hasNext(); ) {
      Rule<T> r = it.next();
      if (!matches(r.path, path)) {
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
