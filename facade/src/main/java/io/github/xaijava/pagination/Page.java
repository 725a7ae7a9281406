package io.github.xaijava.pagination;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a list result, with the means to fetch the page after it.
 *
 * <pre>{@code
 * Page<ModelFile> page = client.files().list(FileListParams.builder().limit(50).build());
 * for (ModelFile file : page.autoPager()) {
 *   System.out.println(file.filename());
 * }
 * }</pre>
 *
 * <p>A page is immutable: {@link #items()} never changes and {@link #nextPage()} may be called
 * more than once (each call asks the server again). The caller's list parameters ({@code limit},
 * {@code order}, {@code sort_by}, {@code filter}) are sent with every following page. Pages are
 * safe to share between threads.
 *
 * @param <T> the item type
 */
public interface Page<T> {

  /** The items of this page, in server order; unmodifiable, possibly empty. */
  List<T> items();

  /**
   * Whether another page follows. Decided without a request, from this page alone: the end
   * marker of the endpoint, or a cursor the walk has already seen.
   */
  boolean hasNextPage();

  /**
   * Fetches the next page, blocking.
   *
   * @throws NoSuchElementException if {@link #hasNextPage()} is false
   * @throws io.github.xaijava.errors.XaiException if the request fails
   */
  Page<T> nextPage();

  /**
   * Fetches the next page without blocking the caller.
   *
   * @return a future of the next page; it fails with {@link NoSuchElementException} if {@link
   *     #hasNextPage()} is false, or with the error of the request
   */
  CompletableFuture<Page<T>> nextPageAsync();

  /** An {@link Iterable} (and {@link AutoPager#stream() stream}) over this page and all after it. */
  default AutoPager<T> autoPager() {
    return AutoPager.from(this);
  }
}
