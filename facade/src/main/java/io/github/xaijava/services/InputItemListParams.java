package io.github.xaijava.services;

import io.github.xaijava.generated.model.SortOrder;

/**
 * Query parameters of one {@code GET /v1/responses/{id}/input_items} page; {@code null}
 * fields are left to the server.
 *
 * @param limit page size, 1 to 100 (server default 20)
 * @param order ascending or descending
 * @param after cursor: the previous page's {@code last_id}
 */
public record InputItemListParams(Integer limit, SortOrder order, String after) {

  private static final InputItemListParams NONE = new InputItemListParams(null, null, null);

  /** No parameters: the server's defaults. */
  public static InputItemListParams none() {
    return NONE;
  }

  /**
   * These parameters with another cursor.
   *
   * @param after the previous page's {@code last_id}
   * @return the parameters
   */
  public InputItemListParams withAfter(String after) {
    return new InputItemListParams(limit, order, after);
  }
}
