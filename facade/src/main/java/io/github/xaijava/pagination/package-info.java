/**
 * Pages of list results and a lazy iterator over every item of every page.
 *
 * <p>A list call such as {@code client.files().list(params)} returns the first {@link
 * io.github.xaijava.pagination.Page}; {@link io.github.xaijava.pagination.Page#autoPager()}
 * walks the rest, asking for a page only when the previous one is used up. The rules that
 * decide where a list ends differ per endpoint and live in the client; a server that repeats a
 * cursor ends the walk instead of looping.
 *
 * <p>Everything in this package is non-null unless documented otherwise.
 */
package io.github.xaijava.pagination;
