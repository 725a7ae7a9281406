package io.github.xaijava.internal.pagination;

import io.github.xaijava.pagination.Page;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Page} built from one wire response, a {@link CursorRule} and a {@link PageSource}.
 *
 * <p>Every page remembers the cursors that led to it. A next cursor already among them ends the
 * list: a server that repeats a token (or cycles through several) cannot make a walk loop.
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
  private final Set<String> seen;

  private CursorPage(PageSource<R> source, CursorRule<R, T> rule, R response, Set<String> seen) {
    this.source = source;
    this.rule = rule;
    this.response = Objects.requireNonNull(response, "response == null");
    this.items = List.copyOf(rule.items(response));
    String candidate = rule.nextCursor(response);
    this.nextCursor = candidate == null || seen.contains(candidate) ? null : candidate;
    this.seen = seen;
  }

  /** Fetches the first page, blocking. */
  public static <R, T> Page<T> first(PageSource<R> source, CursorRule<R, T> rule) {
    return new CursorPage<>(source, rule, source.fetch(null), Set.of());
  }

  /** Fetches the first page without blocking. */
  public static <R, T> CompletableFuture<Page<T>> firstAsync(
      PageSource<R> source, CursorRule<R, T> rule) {
    return source.fetchAsync(null).thenApply(r -> new CursorPage<>(source, rule, r, Set.of()));
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
    return new CursorPage<>(source, rule, source.fetch(nextCursor), seenWithNext());
  }

  @Override
  public CompletableFuture<Page<T>> nextPageAsync() {
    if (nextCursor == null) {
      return CompletableFuture.failedFuture(new NoSuchElementException("no next page"));
    }
    Set<String> nextSeen = seenWithNext();
    return source
        .fetchAsync(nextCursor)
        .thenApply(r -> new CursorPage<>(source, rule, r, nextSeen));
  }

  private void requireNext() {
    if (nextCursor == null) {
      throw new NoSuchElementException("no next page");
    }
  }

  private Set<String> seenWithNext() {
    Set<String> next = new HashSet<>(seen);
    next.add(nextCursor);
    return Collections.unmodifiableSet(next);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", next=" + (nextCursor != null) + "}";
  }
}
