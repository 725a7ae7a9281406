package io.github.xaijava.internal.pagination;

import java.util.List;

/**
 * How to read one endpoint's page: its items, and the cursor of the page after it.
 *
 * @param <R> the wire response of one page
 * @param <T> the item type
 */
public interface CursorRule<R, T> {

  /** The items of {@code response}; never null (a missing {@code data} reads as empty). */
  List<T> items(R response);

  /**
   * The cursor for the next page, or {@code null} when {@code response} is the last page by the
   * endpoint's own end marker. Repeated cursors are caught by {@link CursorPage}, not here.
   */
  String nextCursor(R response);
}
