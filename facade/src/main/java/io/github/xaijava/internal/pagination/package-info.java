/**
 * Not API: where each list ends, and the page chain behind {@link
 * io.github.xaijava.pagination.Page}. May change without notice.
 *
 * <p>{@link io.github.xaijava.internal.pagination.TokenCursor} reads {@code GET /v1/files}
 * (token always present; a short page ends it); {@link
 * io.github.xaijava.internal.pagination.HasMoreCursor} reads the {@code has_more}/{@code
 * last_id} lists. {@link io.github.xaijava.internal.pagination.CursorPage} adds the guard
 * against a server that hands out a cursor twice.
 */
package io.github.xaijava.internal.pagination;
