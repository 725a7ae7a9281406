package io.github.xaijava.internal.pagination;

import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ListInputItemsResponse;
import io.github.xaijava.generated.model.Skill;
import io.github.xaijava.generated.model.SkillList;
import java.util.List;
import io.github.xaijava.generated.support.MissingPropertyException;
import java.util.function.Function;

/**
 * End-of-list rule for lists shaped {@code {data, first_id, last_id, has_more}}: the next page
 * is asked for with {@code after = last_id} while {@code has_more} is true. A page that claims
 * more but is empty or has no {@code last_id} ends the list too, since there is nothing to
 * continue from.
 *
 * @param <R> the wire response of one page
 * @param <T> the item type
 */
public final class HasMoreCursor<R, T> implements CursorRule<R, T> {

  private final Function<R, List<T>> data;
  private final Function<R, Boolean> hasMore;
  private final Function<R, String> lastId;

  private HasMoreCursor(
      Function<R, List<T>> data, Function<R, Boolean> hasMore, Function<R, String> lastId) {
    this.data = data;
    this.hasMore = hasMore;
    this.lastId = lastId;
  }

  /** The rule for {@code GET /v1/skills}. */
  public static HasMoreCursor<SkillList, Skill> skills() {
    return new HasMoreCursor<>(SkillList::data, SkillList::hasMore, SkillList::lastId);
  }

  /** The rule for {@code GET /v1/responses/{id}/input_items}. */
  public static HasMoreCursor<ListInputItemsResponse, ModelInputPart> inputItems() {
    return new HasMoreCursor<>(ListInputItemsResponse::data, ListInputItemsResponse::hasMore,
        r -> r.lastId().orElse(null));
  }

  private static <R, V> V lenient(Function<R, V> read, R response) {
    try {
      return read.apply(response);
    } catch (MissingPropertyException absent) {
      return null;
    }
  }

  @Override
  public List<T> items(R response) {
    List<T> items = data.apply(response);
    return items == null ? List.of() : items;
  }

  @Override
  public String nextCursor(R response) {
    // A page lacking has_more or last_id cannot be continued: it ends the list.
    String last = lenient(lastId, response);
    if (!Boolean.TRUE.equals(lenient(hasMore, response))
        || items(response).isEmpty()
        || last == null
        || last.isEmpty()) {
      return null;
    }
    return last;
  }
}
