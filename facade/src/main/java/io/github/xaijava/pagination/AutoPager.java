package io.github.xaijava.pagination;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a page and of all pages after it, fetched lazily.
 *
 * <pre>{@code
 * long bytes = client.files().list(FileListParams.none()).autoPager().stream()
 *     .mapToLong(ModelFile::bytes)
 *     .sum();
 * }</pre>
 *
 * <p>A page is requested only when the iterator has handed out every item of the previous one,
 * so stopping early (a {@code break}, {@code Stream.limit}, {@code findFirst}) saves the
 * remaining requests. Each call to {@link #iterator()} or {@link #stream()} starts again from the
 * first page it was made from; iterators themselves are not thread-safe.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {

  private final Page<T> first;

  private AutoPager(Page<T> first) {
    this.first = first;
  }

  /** An auto-pager starting at {@code first}. */
  public static <T> AutoPager<T> from(Page<T> first) {
    return new AutoPager<>(Objects.requireNonNull(first, "first == null"));
  }

  /**
   * An iterator over all items; {@code next()} may block while a page is fetched and throws the
   * request's {@code XaiException} if that fails.
   */
  @Override
  public Iterator<T> iterator() {
    return new PagingIterator<>(first);
  }

  /** A sequential, ordered stream over all items, fetching pages as the stream is consumed. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Hands every item to {@code action} without blocking the caller; pages are fetched with
   * {@link Page#nextPageAsync()}.
   *
   * @return a future that completes when the last item has been handled, or fails with the
   *     first error (of a request or of {@code action})
   */
  public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action == null");
    return walk(first, action);
  }

  private static <T> CompletableFuture<Void> walk(Page<T> page, Consumer<? super T> action) {
    try {
      page.items().forEach(action);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (!page.hasNextPage()) {
      return CompletableFuture.completedFuture(null);
    }
    return page.nextPageAsync().thenCompose(next -> walk(next, action));
  }

  private static final class PagingIterator<T> implements Iterator<T> {
    private Page<T> page;
    private Iterator<T> items;

    PagingIterator(Page<T> first) {
      this.page = first;
      this.items = first.items().iterator();
    }

    @Override
    public boolean hasNext() {
      // Loop, not recursion: a run of empty pages with live cursors must not grow the stack.
      while (!items.hasNext()) {
        if (!page.hasNextPage()) {
          return false;
        }
        page = page.nextPage();
        items = page.items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more items");
      }
      return items.next();
    }
  }
}
