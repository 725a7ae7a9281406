package io.github.xaijava.internal.pagination;

import io.github.xaijava.generated.support.MissingPropertyException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Not API. The end-of-list rules of xAI's lists, each written once and named by the page rules of
 * {@code generated/shaping.json} ({@code "end"}): the generated services pass the page's
 * accessors.
 */
public final class Cursors {

  private Cursors() {
  }

  /**
   * {@code has_more} with the last item's id as the next cursor ({@code GET /v1/skills},
   * {@code GET /v1/responses/{id}/input_items}). A page lacking {@code has_more} or the id cannot
   * be continued: it ends the list.
   */
  public static <R, T> CursorRule<R, T> hasMore(Function<R, List<T>> items,
      Function<R, Boolean> more, Function<R, String> next) {
    return rule(items, (response, page) -> Boolean.TRUE.equals(lenient(more, response))
        && !page.isEmpty() ? lenient(next, response) : null);
  }

  /**
   * A token sent with every page, the last one included ({@code GET /v1/files}), so the token
   * alone cannot end the list: it ends at a page that is empty or shorter than the limit that was
   * sent ({@link CursorPage} also ends it when the token repeats).
   */
  public static <R, T> CursorRule<R, T> shortPage(Function<R, List<T>> items,
      Function<R, String> token, Integer limit) {
    if (limit == null || limit < 1) {
      throw new IllegalArgumentException("a short-page list needs a positive limit: " + limit);
    }
    return rule(items, (response, page) -> !page.isEmpty() && page.size() >= limit
        ? lenient(token, response) : null);
  }

  /**
   * A token that only comes with pages that have a next one ({@code GET /v1/batches} and its
   * requests and results): the list ends at a page without a token, and at an empty page (as a
   * guard; {@link CursorPage} also ends it when the token repeats). {@code limit} is not needed.
   */
  public static <R, T> CursorRule<R, T> token(Function<R, List<T>> items,
      Function<R, String> token, Integer limit) {
    return rule(items, (response, page) -> page.isEmpty() ? null : lenient(token, response));
  }

  /** A rule from a page's items and its next cursor given the items; an empty cursor ends it. */
  private static <R, T> CursorRule<R, T> rule(Function<R, List<T>> items,
      BiFunction<R, List<T>, String> next) {
    return new CursorRule<>() {
      @Override
      public List<T> items(R response) {
        List<T> list = lenient(items, response);
        return list == null ? List.of() : list;
      }

      @Override
      public String nextCursor(R response) {
        String cursor = next.apply(response, items(response));
        return cursor == null || cursor.isEmpty() ? null : cursor;
      }
    };
  }

  /** A text property's value whether the model reads it as {@code String} or {@code Optional}. */
  public static String text(Object value) {
    Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
    return v == null ? null : v.toString();
  }

  /** A boolean property's value whether the model reads it as {@code Boolean} or {@code Optional}. */
  public static Boolean flag(Object value) {
    Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
    return v instanceof Boolean b ? b : null;
  }

  private static <R, V> V lenient(Function<R, V> read, R response) {
    try {
      return read.apply(response);
    } catch (MissingPropertyException absent) {
      return null;
    }
  }
}
