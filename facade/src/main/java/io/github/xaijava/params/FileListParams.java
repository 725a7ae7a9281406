package io.github.xaijava.params;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parameters of {@code GET /v1/files}, sent unchanged with every page.
 *
 * <pre>{@code
 * FileListParams params = FileListParams.builder()
 *     .limit(50)
 *     .order(ListOrder.DESC)
 *     .sortBy("size")
 *     .filter("content_type = \"pdf\"")
 *     .build();
 * }</pre>
 *
 * <p>xAI returns a {@code pagination_token} even with the last page; the list ends at the first
 * page shorter than the limit. So that the end can always be recognised, a limit is always sent:
 * {@value #DEFAULT_LIMIT} when none is set.
 */
public final class FileListParams {

  /** The page size sent when none is set: xAI's maximum for this endpoint. */
  public static final int DEFAULT_LIMIT = 100;

  private static final FileListParams NONE = builder().build();

  private final Integer limit;
  private final ListOrder order;
  private final String sortBy;
  private final String filter;

  private FileListParams(Builder builder) {
    this.limit = builder.limit;
    this.order = builder.order;
    this.sortBy = builder.sortBy;
    this.filter = builder.filter;
  }

  /** No parameters: xAI's order and sort key, pages of {@value #DEFAULT_LIMIT}. */
  public static FileListParams none() {
    return NONE;
  }

  /** A new builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.limit = limit;
    b.order = order;
    b.sortBy = sortBy;
    b.filter = filter;
    return b;
  }

  /** The page size the caller set, if any. */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** The page size actually sent: the caller's, or {@value #DEFAULT_LIMIT}. */
  public int effectiveLimit() {
    return limit == null ? DEFAULT_LIMIT : limit;
  }

  /** The order, if set. */
  public Optional<ListOrder> order() {
    return Optional.ofNullable(order);
  }

  /** The sort key ({@code created_at}, {@code filename}, {@code size}), if set. */
  public Optional<String> sortBy() {
    return Optional.ofNullable(sortBy);
  }

  /** The AIP-160 filter expression, if set. */
  public Optional<String> filter() {
    return Optional.ofNullable(filter);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileListParams
        && Objects.equals(limit, ((FileListParams) o).limit)
        && order == ((FileListParams) o).order
        && Objects.equals(sortBy, ((FileListParams) o).sortBy)
        && Objects.equals(filter, ((FileListParams) o).filter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, order, sortBy, filter);
  }

  @Override
  public String toString() {
    return "FileListParams{limit=" + limit + ", order=" + order + ", sortBy=" + sortBy
        + ", filter=" + filter + "}";
  }

  /** Builds {@link FileListParams}; every field is optional. */
  public static final class Builder {
    private Integer limit;
    private ListOrder order;
    private String sortBy;
    private String filter;

    private Builder() {
    }

    /** Items per page, 1 to 100. Default: {@value FileListParams#DEFAULT_LIMIT}. */
    public Builder limit(int limit) {
      if (limit < 1 || limit > 100) {
        throw new IllegalArgumentException("limit must be between 1 and 100: " + limit);
      }
      this.limit = limit;
      return this;
    }

    /** Ascending or descending. Default: not sent (xAI's default). */
    public Builder order(ListOrder order) {
      this.order = Objects.requireNonNull(order, "order == null");
      return this;
    }

    /** Sort key: {@code created_at}, {@code filename} or {@code size}. Default: not sent. */
    public Builder sortBy(String sortBy) {
      this.sortBy = Objects.requireNonNull(sortBy, "sortBy == null");
      return this;
    }

    /** An AIP-160 filter such as {@code size_bytes > 1000}. Default: not sent. */
    public Builder filter(String filter) {
      this.filter = Objects.requireNonNull(filter, "filter == null");
      return this;
    }

    /** The parameters. */
    public FileListParams build() {
      return new FileListParams(this);
    }
  }
}
