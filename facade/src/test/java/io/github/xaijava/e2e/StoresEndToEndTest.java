package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.generated.model.ContentFormat;
import io.github.xaijava.generated.model.CreatePublicUrlRequest;
import io.github.xaijava.generated.model.CreatePublicUrlResponse;
import io.github.xaijava.generated.model.DeleteFileResponse;
import io.github.xaijava.generated.model.DeletedSkill;
import io.github.xaijava.generated.model.DocumentsSource;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.RevokePublicUrlResponse;
import io.github.xaijava.generated.model.SearchMatch;
import io.github.xaijava.generated.model.SearchRequest;
import io.github.xaijava.generated.model.SearchResponse;
import io.github.xaijava.generated.model.Skill;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.params.FileListParams;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.FileUploadOptions;
import io.github.xaijava.params.ListOrder;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.SimulatedClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The stores through the client against the simulator: files (upload, paged list, retrieve,
 * content, download, public URLs, delete), skills (upload, list, content, delete) and document
 * search over uploaded files, blocking and through {@code client.async()}.
 */
class StoresEndToEndTest {

  /** A plain client for the public URLs, which need no key. */
  private static final HttpClient PLAIN = HttpClient.newHttpClient();

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  @TempDir
  Path temp;

  private static FileUpload text(String name, String content) {
    return FileUpload.of(content.getBytes(StandardCharsets.UTF_8), name);
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void filesArePagedAcrossSeveralPagesWithTheCallersLimit(Both mode) throws IOException {
    XaiClient client = clients.client();
    Path onDisk = Files.writeString(temp.resolve("a-from-disk.txt"), "from a path");
    List<String> uploaded = new ArrayList<>();
    ModelFile fromPath = mode.call(() -> client.files().upload(FileUpload.of(onDisk)),
        () -> client.async().files().upload(FileUpload.of(onDisk)));
    assertEquals("a-from-disk.txt", fromPath.filename());
    assertEquals(11, fromPath.bytes());
    uploaded.add(fromPath.id());
    for (int i = 2; i <= 5; i++) {
      FileUpload upload = text("file-" + i + ".txt", "content " + i);
      uploaded.add(mode.call(() -> client.files().upload(upload),
          () -> client.async().files().upload(upload)).id());
    }
    int before = xai.requests().size();
    FileListParams twoAtATime = FileListParams.builder().limit(2).order(ListOrder.ASC).build();

    List<String> listed = new ArrayList<>();
    if (mode == Both.SYNC) {
      client.files().list(twoAtATime).autoPager().forEach(f -> listed.add(f.id()));
    } else {
      CompletableFuture<Void> all = client.async().files().list(twoAtATime)
          .thenCompose(first -> first.autoPager().forEachAsync(f -> listed.add(f.id())));
      Both.ASYNC.call(() -> null, () -> all);
    }

    assertEquals(uploaded, listed, "every file once, in upload order");
    List<RecordedRequest> pages = xai.requests().subList(before, xai.requests().size());
    assertEquals(3, pages.size(), "2 + 2 + 1: the short page ends the walk despite its token");
    pages.forEach(p -> assertEquals("2", p.queryParameter("limit")));
    assertEquals(null, pages.get(0).queryParameter("pagination_token"));
    assertFalse(pages.get(1).queryParameter("pagination_token").isEmpty());
    assertFalse(pages.get(2).queryParameter("pagination_token")
        .equals(pages.get(1).queryParameter("pagination_token")));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aFileIsRetrievedReadDownloadedSharedAndDeleted(Both mode) throws IOException {
    XaiClient client = clients.client();
    byte[] bytes = "line one\nline two\n".getBytes(StandardCharsets.UTF_8);
    FileUpload upload = FileUpload.of(bytes, "notes.txt");
    FileUploadOptions options = FileUploadOptions.builder()
        .expiresAfter(Duration.ofHours(2)).purpose("assistants").build();
    ModelFile file = mode.call(() -> client.files().upload(upload, options),
        () -> client.async().files().upload(upload, options));
    String id = file.id();
    assertEquals(file.createdAt() + 7200, file.expiresAt().orElseThrow(),
        "expires_after went ahead of the file part, so xAI counted it");

    ModelFile retrieved = mode.call(() -> client.files().retrieve(id),
        () -> client.async().files().retrieve(id));
    assertEquals(file, retrieved);

    try (InputStream in = mode.call(() -> client.files().content(id),
        () -> client.async().files().content(id))) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
    try (InputStream in = mode.call(() -> client.files().content(id, ContentFormat.TEXT),
        () -> client.async().files().content(id, ContentFormat.TEXT, RequestOptions.none()))) {
      assertEquals("line one\nline two\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Path target = temp.resolve("downloaded/notes.txt");
    Files.createDirectories(target.getParent());
    long written = mode.call(() -> client.files().download(id, target),
        () -> client.async().files().download(id, target));
    assertEquals(bytes.length, written);
    assertArrayEquals(bytes, Files.readAllBytes(target));

    CreatePublicUrlRequest oneHour = CreatePublicUrlRequest.builder().expiresAfter(3600).build();
    CreatePublicUrlResponse shared = mode.call(() -> client.files().createPublicUrl(id, oneHour),
        () -> client.async().files().createPublicUrl(id, oneHour));
    assertEquals(200, fetch(shared.publicUrl()).statusCode(), "the public URL needs no key");
    assertArrayEquals(bytes, fetch(shared.publicUrl()).body());
    assertEquals(shared.publicUrl(), client.files().retrieve(id).publicUrl().orElseThrow());

    RevokePublicUrlResponse revoked = mode.call(() -> client.files().revokePublicUrl(id),
        () -> client.async().files().revokePublicUrl(id));
    assertTrue(revoked.revoked());
    assertEquals(404, fetch(shared.publicUrl()).statusCode());

    DeleteFileResponse deleted = mode.call(() -> client.files().delete(id),
        () -> client.async().files().delete(id));
    assertTrue(deleted.deleted());
    NotFoundException gone = assertThrows(NotFoundException.class,
        () -> mode.call(() -> client.files().retrieve(id), () -> client.async().files().retrieve(id)));
    assertTrue(gone.errorMessage().orElseThrow().contains(id), gone.errorMessage().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void skillsAreUploadedListedZippedAndDeleted(Both mode) throws IOException {
    XaiClient client = clients.client();
    String skillMd = "---\nname: pdf-tools\ndescription: Works with PDF files\n---\n# PDF tools\n";
    List<FileUpload> files = List.of(
        text("pdf-tools/SKILL.md", skillMd).withContentType("text/markdown"),
        text("pdf-tools/scripts/split.py", "print('split')\n"));

    Skill skill = mode.call(() -> client.skills().upload(files),
        () -> client.async().skills().upload(files));
    assertEquals("pdf-tools", skill.name(), "from the SKILL.md front matter");
    assertEquals("Works with PDF files", skill.description());
    Skill other = client.skills().upload(List.of(text("other/SKILL.md", "---\nname: other\n---\n")));

    CursorListParams oneAtATime = CursorListParams.builder().limit(1).order(ListOrder.ASC).build();
    List<String> names = new ArrayList<>();
    if (mode == Both.SYNC) {
      client.skills().list(oneAtATime).autoPager().forEach(s -> names.add(s.name()));
    } else {
      CompletableFuture<Void> all = client.async().skills().list(oneAtATime)
          .thenCompose(first -> first.autoPager().forEachAsync(s -> names.add(s.name())));
      Both.ASYNC.call(() -> null, () -> all);
    }
    assertEquals(List.of("pdf-tools", "other"), names, "has_more pages, one skill each");

    assertEquals(skill, mode.call(() -> client.skills().retrieve(skill.id()),
        () -> client.async().skills().retrieve(skill.id())));
    Map<String, String> zipped;
    try (InputStream in = mode.call(() -> client.skills().content(skill.id()),
        () -> client.async().skills().content(skill.id()))) {
      zipped = unzip(in);
    }
    assertEquals(Map.of("pdf-tools/SKILL.md", skillMd,
        "pdf-tools/scripts/split.py", "print('split')\n"), zipped);
    Path zip = temp.resolve("skill.zip");
    long size = mode.call(() -> client.skills().download(skill.id(), zip),
        () -> client.async().skills().download(skill.id(), zip));
    assertEquals(Files.size(zip), size);
    try (InputStream in = Files.newInputStream(zip)) {
      assertEquals(zipped, unzip(in));
    }

    DeletedSkill deleted = mode.call(() -> client.skills().delete(skill.id()),
        () -> client.async().skills().delete(skill.id()));
    assertTrue(deleted.deleted());
    assertEquals(List.of(other.id()), client.skills().list().items().stream()
        .map(Skill::id).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void documentSearchFindsTheParagraphsOfUploadedFiles(Both mode) {
    XaiClient client = clients.client();
    ModelFile guide = client.files().upload(text("guide.txt",
        "Bananas are yellow.\n\nThe rocket launch is at dawn.\n\nCarrots are orange."));
    client.files().upload(text("other.txt", "Nothing about that here."));
    SearchRequest request = SearchRequest.builder()
        .query("rocket launch")
        .source(DocumentsSource.builder().addCollectionId("collection_1").build())
        .limit(5)
        .build();

    SearchResponse r = mode.call(() -> client.documents().search(request),
        () -> client.async().documents().search(request));

    assertEquals(1, r.matches().size(), r.toString());
    SearchMatch match = r.matches().get(0);
    assertEquals(guide.id(), match.fileId());
    assertEquals("The rocket launch is at dawn.", match.chunkContent());
    assertEquals(List.of("collection_1"), match.collectionIds());
    assertEquals(1.0, match.score(), 1e-6);
  }

  private static HttpResponse<byte[]> fetch(String url) {
    try {
      return PLAIN.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Map<String, String> unzip(InputStream in) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    ZipInputStream zip = new ZipInputStream(in);
    for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
      entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
    }
    return entries;
  }
}
