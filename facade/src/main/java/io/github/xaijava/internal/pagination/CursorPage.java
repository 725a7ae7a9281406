package io.github.xaijava.internal.pagination;

import io.github.xaijava.pagination.Page;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link Page} built from one wire response, a {@link CursorRule} and a {@link PageSource}.
 *
 * <p>A walk remembers every cursor it has followed, with the depth at which it first did. A next
 * cursor already followed at this depth or before ends the list: a server that repeats a token
 * (or cycles through several) cannot make a walk loop. The record is shared along the chain, so
 * each page costs O(1), not a copy of the history; {@link #nextPage()} may still be called twice
 * on one page, since a cursor first followed at a greater depth does not count.
 *
 * @param <R> the wire response of one page
 * @param <T> the item type
 */
public final class CursorPage<R, T> implements Page<T> {

  private final PageSource<R> source;
  private final CursorRule<R, T> rule;
  private final R response;
  private final List<T> items;
  private final String nextCursor;
  private final Map<String, Integer> followed;
  private final int depth;

  private CursorPage(
      PageSource<R> source,
      CursorRule<R, T> rule,
      R response,
      Map<String, Integer> followed,
      int depth) {
    this.source = source;
    this.rule = rule;
    this.response = Objects.requireNonNull(response, "response == null");
    this.items = List.copyOf(rule.items(response));
    this.followed = followed;
    this.depth = depth;
    String candidate = rule.nextCursor(response);
    Integer firstFollowedAt = candidate == null ? null : followed.get(candidate);
    this.nextCursor =
        candidate == null || (firstFollowedAt != null && firstFollowedAt <= depth)
            ? null
            : candidate;
  }

  /** Fetches the first page, blocking. */
  public static <R, T> Page<T> first(PageSource<R> source, CursorRule<R, T> rule) {
    return new CursorPage<>(source, rule, source.fetch(null), new ConcurrentHashMap<>(), 0);
  }

  /** Fetches the first page without blocking. */
  public static <R, T> CompletableFuture<Page<T>> firstAsync(PageSource<R> source,
      CursorRule<R, T> rule) {
    return source.fetchAsync(null)
        .thenApply(r -> new CursorPage<>(source, rule, r, new ConcurrentHashMap<>(), 0));
  }

  /** The wire response this page was read from. */
  public R response() {
    return response;
  }

  @Override
  public List<T> items() {
    return items;
  }

  @Override
  public boolean hasNextPage() {
    return nextCursor != null;
  }

  @Override
  public Page<T> nextPage() {
    requireNext();
    R next = source.fetch(nextCursor);
    follow();
    return new CursorPage<>(source, rule, next, followed, depth + 1);
  }

  @Override
  public CompletableFuture<Page<T>> nextPageAsync() {
    if (nextCursor == null) {
      return CompletableFuture.failedFuture(new NoSuchElementException("no next page"));
    }
    return source.fetchAsync(nextCursor).thenApply(next -> {
      follow();
      return new CursorPage<>(source, rule, next, followed, depth + 1);
    });
  }

  private void requireNext() {
    if (nextCursor == null) {
      throw new NoSuchElementException("no next page");
    }
  }

  /** Records that {@link #nextCursor} led to the page at {@code depth + 1}. */
  private void follow() {
    followed.merge(nextCursor, depth + 1, Math::min);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", next=" + (nextCursor != null) + "}";
  }
}
