package io.github.xaijava.services;

/**
 * Query parameters of one {@code GET /v1/files} page. Every field is optional ({@code null}
 * leaves it to the server).
 *
 * @param limit page size, at most 100
 * @param order {@code asc} or {@code desc}
 * @param sortBy {@code created_at}, {@code filename} or {@code size}
 * @param paginationToken the previous page's {@code pagination_token}
 * @param after compatibility cursor: a file id to start after
 * @param filter a server-side filter expression
 */
public record FileListParams(
    Integer limit, String order, String sortBy, String paginationToken, String after,
    String filter) {

  private static final FileListParams NONE = new FileListParams(null, null, null, null, null, null);

  /** No parameters: the server's defaults. */
  public static FileListParams none() {
    return NONE;
  }

  /**
   * Only a page size.
   *
   * @param limit page size, at most 100
   * @return the parameters
   */
  public static FileListParams limit(int limit) {
    return new FileListParams(limit, null, null, null, null, null);
  }

  /**
   * These parameters with another pagination token.
   *
   * @param token the next page's token
   * @return the parameters
   */
  public FileListParams withPaginationToken(String token) {
    return new FileListParams(limit, order, sortBy, token, after, filter);
  }
}
