/**
 * Not API: where each list ends, and the page chain behind {@link
 * io.github.xaijava.pagination.Page}. May change without notice.
 *
 * <p>{@link io.github.xaijava.internal.pagination.Cursors} holds xAI's end-of-list rules (a
 * token with a short page ending the list; {@code has_more} with the last id), which the
 * generated services name by their page rules. {@link
 * io.github.xaijava.internal.pagination.CursorPage} adds the guard against a server that hands
 * out a cursor twice.
 */
package io.github.xaijava.internal.pagination;
