package io.github.xaijava.services;

/**
 * Query parameters of one {@code GET /v1/skills} page; {@code null} fields are left to the
 * server.
 *
 * @param limit page size
 * @param after cursor: the previous page's {@code last_id}
 * @param order {@code asc} or {@code desc}
 */
public record SkillListParams(Integer limit, String after, String order) {

  private static final SkillListParams NONE = new SkillListParams(null, null, null);

  /** No parameters: the server's defaults. */
  public static SkillListParams none() {
    return NONE;
  }

  /**
   * These parameters with another cursor.
   *
   * @param after the previous page's {@code last_id}
   * @return the parameters
   */
  public SkillListParams withAfter(String after) {
    return new SkillListParams(limit, after, order);
  }
}
