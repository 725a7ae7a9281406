package io.github.xaijava.internal.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xaijava.pagination.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The page chain and its repeat guard, with no HTTP at all. */
class CursorPageTest {

  /** A page: its items and the cursor it names next. */
  private static final class FakePage {
    final List<String> items;
    final String next;

    FakePage(String next, String... items) {
      this.items = List.of(items);
      this.next = next;
    }
  }

  private static final CursorRule<FakePage, String> RULE = new CursorRule<>() {
    @Override
    public List<String> items(FakePage response) {
      return response.items;
    }

    @Override
    public String nextCursor(FakePage response) {
      return response.next;
    }
  };

  /** A page source answering from memory, its async form already complete. */
  private static PageSource<FakePage> blocking(Function<String, FakePage> pages) {
    return new PageSource<>() {
      @Override
      public FakePage fetch(String cursor) {
        return pages.apply(cursor);
      }

      @Override
      public CompletableFuture<FakePage> fetchAsync(String cursor) {
        return CompletableFuture.completedFuture(pages.apply(cursor));
      }
    };
  }

  @Test
  void pagerStopsWhenCursorsCycle() {
    Map<String, FakePage> server = Map.of(
        "start", new FakePage("a", "0"),
        "a", new FakePage("b", "1"),
        "b", new FakePage("a", "2"));
    List<String> asked = new ArrayList<>();
    Function<String, FakePage> source = cursor -> {
      asked.add(String.valueOf(cursor));
      return server.get(cursor == null ? "start" : cursor);
    };

    Page<String> first = CursorPage.first(blocking(source), RULE);
    List<String> all = new ArrayList<>();
    first.autoPager().forEach(all::add);

    assertEquals(List.of("0", "1", "2"), all);
    assertEquals(List.of("null", "a", "b"), asked);
  }

  @Test
  void emptyPagesWithLiveCursorsAreSkippedWithoutRecursion() {
    int pages = 5_000;
    Function<String, FakePage> source = cursor -> {
      int n = cursor == null ? 0 : Integer.parseInt(cursor);
      return n < pages ? new FakePage(Integer.toString(n + 1)) : new FakePage(null, "last");
    };

    assertEquals(List.of("last"),
        CursorPage.first(blocking(source), RULE).autoPager().stream().collect(
            java.util.stream.Collectors.toList()));
  }

  @Test
  void nextPageCanBeAskedTwice() {
    List<String> asked = new ArrayList<>();
    Function<String, FakePage> source = cursor -> {
      asked.add(String.valueOf(cursor));
      return cursor == null ? new FakePage("x", "0") : new FakePage(null, "1");
    };
    Page<String> first = CursorPage.first(blocking(source), RULE);

    assertEquals(first.nextPage().items(), first.nextPage().items());
    assertEquals(List.of("null", "x", "x"), asked);
  }
}
