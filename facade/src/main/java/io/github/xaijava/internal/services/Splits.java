package io.github.xaijava.internal.services;

import io.github.xaijava.XaiJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Not API. A request whose list would make one call too large, cut into several requests that
 * each stay under xAI's payload limit (the split rules of {@code generated/shaping.json}: adding
 * requests to a batch). Items keep their order; each is measured as the JSON it is sent as.
 */
final class Splits {

  private Splits() {
  }

  /**
   * The requests to send instead of one.
   *
   * @param items the list to cut (empty: one request with it as it is)
   * @param maxBytes the most JSON one request may carry for its items
   * @param property the list's name on the wire, for the message when one item alone is too large
   * @param rebuild the whole request with a part of the list
   * @throws IllegalArgumentException if one item alone is over {@code maxBytes}: nothing is sent
   */
  static <R, T> List<R> byJsonSize(List<T> items, long maxBytes, String property,
      Function<List<T>, R> rebuild) {
    List<R> parts = new ArrayList<>();
    if (items == null || items.isEmpty()) {
      parts.add(rebuild.apply(items == null ? List.of() : items));
      return parts;
    }
    long[] sizes = new long[items.size()];
    for (int i = 0; i < items.size(); i++) {
      sizes[i] = XaiJson.gson().toJson(items.get(i)).getBytes(StandardCharsets.UTF_8).length + 1;
      if (sizes[i] > maxBytes) {
        throw new IllegalArgumentException(property + "[" + i + "] is " + sizes[i]
            + " bytes of JSON, over the " + maxBytes + " bytes one call may carry; nothing was sent");
      }
    }
    int start = 0;
    long size = 0;
    for (int i = 0; i < items.size(); i++) {
      if (size + sizes[i] > maxBytes) {
        parts.add(rebuild.apply(List.copyOf(items.subList(start, i))));
        start = i;
        size = 0;
      }
      size += sizes[i];
    }
    parts.add(rebuild.apply(List.copyOf(items.subList(start, items.size()))));
    return parts;
  }
}
