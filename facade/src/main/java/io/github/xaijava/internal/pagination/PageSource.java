package io.github.xaijava.internal.pagination;

/**
 * Fetches one raw page of a list, given the cursor of that page ({@code null} for the first).
 * The list parameters are bound by whoever builds the source, so every page carries them.
 *
 * @param <R> the wire response of one page
 */
public interface PageSource<R> {

  /** Fetches the page at {@code cursor}, blocking. */
  R fetch(String cursor);

}
