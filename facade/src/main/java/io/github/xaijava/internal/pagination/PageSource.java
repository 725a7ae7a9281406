package io.github.xaijava.internal.pagination;

import java.util.concurrent.CompletableFuture;

/**
 * Fetches one raw page of a list, given the cursor of that page ({@code null} for the first).
 * The list parameters are bound by whoever builds the source, so every page carries them.
 *
 * @param <R> the wire response of one page
 */
public interface PageSource<R> {

  /** Fetches the page at {@code cursor}, blocking. */
  R fetch(String cursor);

  /** Fetches the page at {@code cursor} without blocking. */
  CompletableFuture<R> fetchAsync(String cursor);
}
