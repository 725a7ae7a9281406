package io.github.xaijava.internal.pagination;

import io.github.xaijava.generated.model.ListFilesResponse;
import io.github.xaijava.generated.model.ModelFile;
import java.util.List;

/**
 * End-of-list rule for {@code GET /v1/files}: xAI sends a {@code pagination_token} with every
 * page, the last one included, so the token alone cannot end the list. The list ends at a page
 * that is empty or shorter than the limit that was sent; {@link CursorPage} also ends it when
 * the token repeats.
 */
public final class TokenCursor implements CursorRule<ListFilesResponse, ModelFile> {

  private final int limit;

  /** A rule for pages requested with {@code limit} items. */
  public TokenCursor(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    this.limit = limit;
  }

  @Override
  public List<ModelFile> items(ListFilesResponse response) {
    return response.data();
  }

  @Override
  public String nextCursor(ListFilesResponse response) {
    int size = items(response).size();
    String token = response.paginationToken().orElse(null);
    if (size == 0 || size < limit || token == null || token.isEmpty()) {
      return null;
    }
    return token;
  }
}
