package io.github.xaijava.internal.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xaijava.pagination.Page;
import io.github.xaijava.internal.transfer.AsyncRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  @Test
  void pagerStopsWhenCursorsCycle() {
    Map<String, FakePage> server = Map.of(
        "start", new FakePage("a", "0"),
        "a", new FakePage("b", "1"),
        "b", new FakePage("a", "2"));
    List<String> asked = new ArrayList<>();
    PageSource<FakePage> source = cursor -> {
      asked.add(String.valueOf(cursor));
      return server.get(cursor == null ? "start" : cursor);
    };

    Page<String> first = CursorPage.first(source, AsyncRunner.on(Runnable::run), RULE);
    List<String> all = new ArrayList<>();
    first.autoPager().forEach(all::add);

    assertEquals(List.of("0", "1", "2"), all);
    assertEquals(List.of("null", "a", "b"), asked);
  }

  @Test
  void emptyPagesWithLiveCursorsAreSkippedWithoutRecursion() {
    int pages = 5_000;
    PageSource<FakePage> source = cursor -> {
      int n = cursor == null ? 0 : Integer.parseInt(cursor);
      return n < pages ? new FakePage(Integer.toString(n + 1)) : new FakePage(null, "last");
    };

    assertEquals(List.of("last"),
        CursorPage.first(source, AsyncRunner.on(Runnable::run), RULE).autoPager().stream().collect(
            java.util.stream.Collectors.toList()));
  }

  @Test
  void nextPageCanBeAskedTwice() {
    List<String> asked = new ArrayList<>();
    PageSource<FakePage> source = cursor -> {
      asked.add(String.valueOf(cursor));
      return cursor == null ? new FakePage("x", "0") : new FakePage(null, "1");
    };
    Page<String> first = CursorPage.first(source, AsyncRunner.on(Runnable::run), RULE);

    assertEquals(first.nextPage().items(), first.nextPage().items());
    assertEquals(List.of("null", "x", "x"), asked);
  }
}
