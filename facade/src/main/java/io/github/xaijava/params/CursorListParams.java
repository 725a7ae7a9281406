package io.github.xaijava.params;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parameters of the lists that page with {@code after} and {@code has_more}: {@code GET
 * /v1/skills} and {@code GET /v1/responses/{id}/input_items}. Sent unchanged with every page.
 *
 * <pre>{@code
 * Page<Skill> skills = client.skills().list(CursorListParams.builder().limit(20).build());
 * }</pre>
 *
 * <p>Unset fields are not sent, so xAI's defaults apply (input items: 20 per page).
 */
public final class CursorListParams {

  private static final CursorListParams NONE = builder().build();

  private final Integer limit;
  private final ListOrder order;

  private CursorListParams(Builder builder) {
    this.limit = builder.limit;
    this.order = builder.order;
  }

  /** No parameters: xAI's defaults. */
  public static CursorListParams none() {
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
    return b;
  }

  /** The page size, if set. */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** The order, if set. */
  public Optional<ListOrder> order() {
    return Optional.ofNullable(order);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CursorListParams
        && Objects.equals(limit, ((CursorListParams) o).limit)
        && order == ((CursorListParams) o).order;
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, order);
  }

  @Override
  public String toString() {
    return "CursorListParams{limit=" + limit + ", order=" + order + "}";
  }

  /** Builds {@link CursorListParams}; every field is optional. */
  public static final class Builder {
    private Integer limit;
    private ListOrder order;

    private Builder() {
    }

    /** Items per page, 1 to 100. Default: not sent (xAI's default). */
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

    /** The parameters. */
    public CursorListParams build() {
      return new CursorListParams(this);
    }
  }
}
