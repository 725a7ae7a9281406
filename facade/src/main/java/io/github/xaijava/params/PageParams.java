package io.github.xaijava.params;

import java.util.OptionalInt;

/**
 * The page size of the lists that page with {@code pagination_token} and end when no token
 * comes back: batches, their requests and their results. The token itself is the pager's
 * business.
 *
 * <pre>{@code
 * for (BatchResult result : client.batches().results(batchId, PageParams.ofLimit(1000))) { ... }
 * }</pre>
 *
 * <p>An unset size is not sent, so xAI's default applies.
 */
public final class PageParams {

  private static final PageParams NONE = new PageParams(null);

  private final Integer limit;

  private PageParams(Integer limit) {
    this.limit = limit;
  }

  /** No parameters: xAI's defaults. */
  public static PageParams none() {
    return NONE;
  }

  /**
   * Pages of at most {@code limit} items.
   *
   * @param limit 1 to 1,000 (xAI's largest page)
   * @throws IllegalArgumentException outside that range
   */
  public static PageParams ofLimit(int limit) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000: " + limit);
    }
    return new PageParams(limit);
  }

  /** The page size, if set. */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageParams p && java.util.Objects.equals(limit, p.limit);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(limit);
  }

  @Override
  public String toString() {
    return "PageParams{limit=" + limit + "}";
  }
}
