package io.github.xaijava.internal.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.errors.XaiApiException;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.Skill;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.params.FileListParams;
import io.github.xaijava.params.ListOrder;
import io.github.xaijava.testsupport.XaiServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The three list endpoints through the client against a loopback server. */
class ListPagingTest {

  @RegisterExtension
  final XaiServerExtension loop = new XaiServerExtension();

  private static List<String> ids(Iterable<ModelFile> files) {
    List<String> ids = new ArrayList<>();
    files.forEach(f -> ids.add(f.id()));
    return ids;
  }

  @Test
  void threePageFileListingEndsAtShortPageAlthoughTokenIsPresent() {
    loop.fixture("files/page-1-of-3.json")
        .fixture("files/page-2-of-3.json")
        .fixture("files/page-3-of-3-short.json");
    FileListParams params = FileListParams.builder()
        .limit(2).order(ListOrder.DESC).sortBy("size").filter("size_bytes > 1").build();

    Page<ModelFile> first = loop.client().files().list(params);

    assertEquals(List.of("file_1", "file_2", "file_3", "file_4", "file_5"),
        ids(first.autoPager()));
    assertEquals(3, loop.server().getRequestCount());
    String[] expectedTokens = {null, "tok_2", "tok_4"};
    for (String token : expectedTokens) {
      HttpUrl url = loop.take().getRequestUrl();
      assertEquals("/v1/files", url.encodedPath());
      assertEquals("2", url.queryParameter("limit"));
      assertEquals("desc", url.queryParameter("order"));
      assertEquals("size", url.queryParameter("sort_by"));
      assertEquals("size_bytes > 1", url.queryParameter("filter"));
      assertEquals(token, url.queryParameter("pagination_token"));
    }
  }

  @Test
  void fileListingStopsWhenTokenRepeats() {
    for (int i = 0; i < 5; i++) {
      loop.fixture("files/page-repeating-token.json");
    }
    Page<ModelFile> first = loop.client().files().list(FileListParams.builder().limit(2).build());

    assertEquals(4, first.autoPager().stream().count());
    assertEquals(2, loop.server().getRequestCount());
  }

  @Test
  void fileListingStopsOnEmptyPage() {
    loop.fixture("files/page-1-of-3.json").fixture("files/page-empty.json");
    Page<ModelFile> first = loop.client().files().list(FileListParams.builder().limit(2).build());

    assertEquals(2, first.autoPager().stream().count());
    assertEquals(2, loop.server().getRequestCount());
  }

  @Test
  void fileListingSendsDefaultLimitSoShortPageEndsIt() {
    loop.fixture("files/page-1-of-3.json");
    Page<ModelFile> first = loop.client().files().list(FileListParams.none());

    assertFalse(first.hasNextPage(), "2 items < 100 is the last page");
    HttpUrl url = loop.take().getRequestUrl();
    assertEquals("100", url.queryParameter("limit"));
    assertNull(url.queryParameter("order"));
    assertNull(url.queryParameter("pagination_token"));
    assertThrows(NoSuchElementException.class, first::nextPage);
  }

  @Test
  void autoPagerFetchesLazily() {
    loop.fixture("files/page-1-of-3.json").fixture("files/page-2-of-3.json");
    Page<ModelFile> first = loop.client().files().list(FileListParams.builder().limit(2).build());

    assertEquals("file_1", first.autoPager().stream().findFirst().orElseThrow().id());
    assertEquals(1, loop.server().getRequestCount());
    assertEquals(List.of("file_1", "file_2", "file_3"),
        first.autoPager().stream().limit(3).map(ModelFile::id).collect(Collectors.toList()));
    assertEquals(2, loop.server().getRequestCount());
  }

  @Test
  void asyncListingWalksEveryPage() throws Exception {
    loop.fixture("files/page-1-of-3.json")
        .fixture("files/page-2-of-3.json")
        .fixture("files/page-3-of-3-short.json");
    List<String> seen = new ArrayList<>();

    loop.client().async().files().list(FileListParams.builder().limit(2).build())
        .thenCompose(page -> page.autoPager().forEachAsync(f -> seen.add(f.id())))
        .get(5, TimeUnit.SECONDS);

    assertEquals(List.of("file_1", "file_2", "file_3", "file_4", "file_5"), seen);
  }

  @Test
  void errorOnLaterPageSurfacesFromIterator() {
    loop.fixture("files/page-1-of-3.json")
        .json(500, "{\"code\":\"Internal error\",\"error\":\"Internal error\"}")
        .json(500, "{\"code\":\"Internal error\",\"error\":\"Internal error\"}")
        .json(500, "{\"code\":\"Internal error\",\"error\":\"Internal error\"}");
    Page<ModelFile> first = loop.client().files().list(FileListParams.builder().limit(2).build());

    XaiApiException e = assertThrows(XaiApiException.class,
        () -> first.autoPager().forEach(f -> { }));
    assertEquals(500, e.statusCode());
  }

  @Test
  void skillsFollowHasMoreWithAfterLastId() {
    loop.fixture("skills/page-1-has-more.json").fixture("skills/page-2-last.json");
    CursorListParams params = CursorListParams.builder().limit(2).order(ListOrder.ASC).build();

    Page<Skill> first = loop.client().skills().list(params);

    assertTrue(first.hasNextPage());
    assertEquals(List.of("skill_1", "skill_2", "skill_3"),
        first.autoPager().stream().map(Skill::id).collect(Collectors.toList()));
    RecordedRequest one = loop.take();
    RecordedRequest two = loop.take();
    assertEquals("/v1/skills?limit=2&order=asc", one.getPath());
    assertEquals("/v1/skills?limit=2&after=skill_2&order=asc", two.getPath());
  }

  @Test
  void skillsStopWhenHasMoreSticksOnSameLastId() {
    for (int i = 0; i < 5; i++) {
      loop.fixture("skills/page-has-more-stuck.json");
    }
    Page<Skill> first = loop.client().skills().list(CursorListParams.none());

    assertEquals(2, first.autoPager().stream().count());
    assertEquals(2, loop.server().getRequestCount());
  }

  @Test
  void inputItemsPageWithAfterOnResponsePath() {
    loop.json(200, "{\"object\":\"list\",\"data\":[],\"first_id\":\"a\",\"last_id\":\"b\","
        + "\"has_more\":true}");
    Page<ModelInputPart> first = loop.client().responses().inputItems("resp_1", CursorListParams.builder().limit(5).build());

    assertFalse(first.hasNextPage(), "has_more with an empty page cannot continue");
    assertEquals("/v1/responses/resp_1/input_items?limit=5", loop.take().getPath());
  }
}
