package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.XaiManagementClient;
import io.github.xaijava.errors.AuthenticationException;
import io.github.xaijava.errors.BadRequestException;
import io.github.xaijava.errors.JobFailedException;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.generated.model.CollectionFieldDefinition;
import io.github.xaijava.generated.model.CollectionFieldDefinitionUpdate;
import io.github.xaijava.generated.model.CollectionMetadata;
import io.github.xaijava.generated.model.CreateCollectionRequest;
import io.github.xaijava.generated.model.CreateTeamApiKeyRequest;
import io.github.xaijava.generated.model.DocumentMetadata;
import io.github.xaijava.generated.model.DocumentStatus;
import io.github.xaijava.generated.model.DocumentsSource;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.SearchRequest;
import io.github.xaijava.generated.model.SearchResponse;
import io.github.xaijava.generated.model.TeamApiKey;
import io.github.xaijava.generated.model.UpdateCollectionRequest;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.PageParams;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.SimulatedClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The management API through {@link XaiManagementClient} against the simulator, blocking and
 * through {@code async()}: collections from creation to search, documents indexed over polls,
 * the team's API keys, key validation and billing reads, each key accepted only on its own host's
 * paths.
 */
class ManagementEndToEndTest {

  private static final String TEAM = "00000000-0000-4000-8000-0000000000aa";

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  private XaiManagementClient management;

  private XaiManagementClient management() {
    if (management == null) {
      XaiSimulator sim = xai.simulator();
      management = XaiManagementClient.create(o -> o.apiKey(sim.managementApiKey())
          .baseUrl(sim.baseUrl()).pollOptions(SimulatedClients.QUICK_POLLS));
    }
    return management;
  }

  @AfterEach
  void close() {
    if (management != null) {
      management.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aCollectionHoldsIndexedDocumentsThatSearchFinds(Both mode) {
    XaiClient client = clients.client();
    XaiManagementClient m = management();
    CreateCollectionRequest create = CreateCollectionRequest.builder().collectionName("handbook")
        .collectionDescription("How we work").build();
    CollectionMetadata made = mode.call(() -> m.collections().create(create),
        () -> m.async().collections().create(create));
    assertTrue(made.collectionId().startsWith("collection_"), made.collectionId());
    assertEquals(0L, made.documentsCount().orElseThrow(), "a count sent as a string reads as a number");

    ModelFile tides = client.files().upload(FileUpload.of(
        "Tides follow the moon.\n\nThe harbour opens at dawn.".getBytes(StandardCharsets.UTF_8), "tides.txt"));
    ModelFile other = client.files().upload(FileUpload.of(
        "The moon is also in this file.".getBytes(StandardCharsets.UTF_8), "other.txt"));
    mode.call(() -> {
      m.collections().addDocument(made.collectionId(), tides.id());
      return null;
    }, () -> m.async().collections().addDocument(made.collectionId(), tides.id()));

    List<DocumentStatus> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    DocumentMetadata indexed = mode.call(
        () -> m.collections().indexing(made.collectionId(), tides.id()).await(Duration.ofSeconds(10)),
        () -> m.async().collections().indexing(made.collectionId(), tides.id()).awaitAsync(Duration.ofSeconds(10)));
    assertEquals(DocumentStatus.PROCESSED, indexed.status().orElseThrow());
    assertEquals("tides.txt", indexed.fileMetadata().orElseThrow().name().orElseThrow());
    assertEquals(1L, indexed.chunkCount().orElseThrow());

    // Search on the inference host finds the collection's document, not the other file.
    SearchResponse found = client.documents().search(SearchRequest.builder().query("moon")
        .source(DocumentsSource.builder().collectionIds(List.of(made.collectionId())).build()).build());
    assertEquals(List.of(tides.id()), found.matches().stream().map(x -> x.fileId()).toList());

    assertEquals(1L, m.collections().retrieve(made.collectionId()).documentsCount().orElseThrow());
    assertEquals(List.of(tides.id()), mode.call(
        () -> m.collections().documentsByFileIds(made.collectionId(), List.of(tides.id(), other.id())),
        () -> m.async().collections().documentsByFileIds(made.collectionId(), List.of(tides.id(), other.id())))
        .documents().stream().map(d -> d.fileMetadata().orElseThrow().fileId().orElseThrow()).toList());
    assertEquals(1, m.collections().documents(made.collectionId()).items().size());

    UpdateCollectionRequest rename = UpdateCollectionRequest.builder().collectionName("manual")
        .fieldDefinitionUpdates(List.of(CollectionFieldDefinitionUpdate.builder()
            .fieldDefinition(CollectionFieldDefinition.builder().key("team").build())
            .operation("ADD").build())).build();
    CollectionMetadata renamed = mode.call(() -> m.collections().update(made.collectionId(), rename),
        () -> m.async().collections().update(made.collectionId(), rename));
    assertEquals("manual", renamed.collectionName().orElseThrow());
    assertEquals("team", renamed.fieldDefinitions().get(0).key());

    m.collections().reindexDocument(made.collectionId(), tides.id());
    assertEquals(DocumentStatus.PROCESSING, m.collections().document(made.collectionId(), tides.id())
        .status().orElseThrow());
    m.collections().removeDocument(made.collectionId(), tides.id());
    assertThrows(NotFoundException.class, () -> m.collections().document(made.collectionId(), tides.id()));
    m.collections().delete(made.collectionId());
    assertThrows(NotFoundException.class, () -> m.collections().retrieve(made.collectionId()));
  }

  @Test
  void aDocumentWhoseIndexingFailsIsAJobFailure() {
    XaiClient client = clients.client();
    XaiManagementClient m = management();
    String collection = m.collections().create(CreateCollectionRequest.builder()
        .collectionName("c").build()).collectionId();
    ModelFile bad = client.files().upload(FileUpload.of("x".getBytes(StandardCharsets.UTF_8), "will-fail.txt"));
    m.collections().addDocument(collection, bad.id());
    JobFailedException failed = assertThrows(JobFailedException.class,
        () -> m.collections().indexing(collection, bad.id()).await(Duration.ofSeconds(10)));
    assertEquals("DOCUMENT_STATUS_FAILED", failed.code().orElseThrow());
    assertTrue(failed.errorMessage().orElseThrow().contains("will-fail.txt"), failed.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void collectionsListPageByPage(Both mode) {
    XaiManagementClient m = management();
    for (int i = 0; i < 3; i++) {
      m.collections().create(CreateCollectionRequest.builder().collectionName("c" + i).build());
    }
    List<String> names = mode.call(() -> m.collections().list(PageParams.ofLimit(2)),
        () -> m.async().collections().list(PageParams.ofLimit(2)))
        .autoPager().stream().map(c -> c.collectionName().orElseThrow()).toList();
    assertEquals(3, names.size(), names.toString());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void aNewKeysSecretIsShownOnceAndNeverPrinted(Both mode) {
    XaiManagementClient m = management();
    CreateTeamApiKeyRequest create = CreateTeamApiKeyRequest.builder().name("ci")
        .acls(List.of("api-key:model:*", "api-key:endpoint:chat")).qpm(600L).build();
    TeamApiKey made = mode.call(() -> m.keys().create(TEAM, create),
        () -> m.async().keys().create(TEAM, create));
    String secret = made.apiKey().orElseThrow();
    assertTrue(secret.startsWith("xai-"));
    assertFalse(made.toString().contains(secret), made.toString());
    assertTrue(made.toString().contains("apiKey=<redacted>"), made.toString());
    assertEquals(600L, made.qpm().orElseThrow(), "an int64 sent as a string reads as a number");

    m.keys().create(TEAM, CreateTeamApiKeyRequest.builder().name("second").build());
    List<TeamApiKey> listed = mode.call(() -> m.keys().list(TEAM, PageParams.ofLimit(1)),
        () -> m.async().keys().list(TEAM, PageParams.ofLimit(1))).autoPager().stream().toList();
    assertEquals(2, listed.size());
    assertTrue(listed.stream().allMatch(k -> k.apiKey().isEmpty()), "listed keys carry no secret");
    assertTrue(m.keys().propagation(made.apiKeyId()).propagated().orElseThrow());

    assertEquals(TEAM, mode.call(() -> m.keys().validate(), () -> m.async().keys().validate())
        .teamId().orElseThrow());
    assertFalse(m.keys().models(TEAM).models().isEmpty());
    assertFalse(m.keys().endpoints(TEAM).endpoints().isEmpty());
    assertEquals(-2500L, m.billing().prepaidBalance(TEAM).total().orElseThrow().val().orElseThrow());
    assertEquals(50000L, m.billing().invoicePreview(TEAM).effectiveSpendingLimit().orElseThrow());

    mode.call(() -> {
      m.keys().delete(made.apiKeyId());
      return null;
    }, () -> m.async().keys().delete(made.apiKeyId()));
    assertThrows(NotFoundException.class, () -> m.keys().propagation(made.apiKeyId()));
  }

  @Test
  void eachKeyWorksOnlyOnItsOwnHostsPaths() {
    XaiSimulator sim = xai.simulator();
    // The inference key on the management paths, and the management key on the inference ones.
    try (XaiManagementClient wrong = XaiManagementClient.create(o -> o.apiKey(sim.apiKey())
        .baseUrl(sim.baseUrl()).maxRetries(0))) {
      assertThrows(AuthenticationException.class, () -> wrong.keys().validate());
    }
    XaiClient wrong = clients.client(o -> o.apiKey(sim.managementApiKey()).maxRetries(0));
    assertThrows(AuthenticationException.class, () -> wrong.models().list());

    // And the clients refuse the other host outright, before any key is sent.
    IllegalArgumentException toInference = assertThrows(IllegalArgumentException.class,
        () -> XaiManagementClient.create(o -> o.apiKey("m").baseUrl("https://api.x.ai")));
    assertTrue(toInference.getMessage().contains("inference host"), toInference.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> XaiManagementClient.create(o -> o.apiKey("m").baseUrl("https://us-east-1.api.x.ai")));
    IllegalArgumentException toManagement = assertThrows(IllegalArgumentException.class,
        () -> XaiClient.create(o -> o.apiKey("k").baseUrl("https://management-api.x.ai")));
    assertTrue(toManagement.getMessage().contains("management host"), toManagement.getMessage());
    assertThrows(IllegalArgumentException.class, () -> clients.client()
        .withOptions(o -> o.baseUrl("https://management-api.x.ai")));
  }

  @Test
  void anUnknownTeamAndABadUpdateAreTypedErrors() {
    XaiManagementClient m = management();
    assertThrows(NotFoundException.class, () -> m.keys().list("another-team"));
    String id = m.collections().create(CreateCollectionRequest.builder().collectionName("c").build())
        .collectionId();
    assertThrows(BadRequestException.class, () -> m.collections().update(id,
        UpdateCollectionRequest.builder().fieldDefinitionUpdates(List.of(
            CollectionFieldDefinitionUpdate.builder().operation("RENAME").build())).build()));
  }

  @Test
  void aNewKeysSecretStaysOutOfTheBodyLog() {
    XaiSimulator sim = xai.simulator();
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (XaiManagementClient logged = XaiManagementClient.create(o -> o.apiKey(sim.managementApiKey())
        .baseUrl(sim.baseUrl()).logLevel(io.github.xaijava.config.LogLevel.BODY).logSink(log::add))) {
      TeamApiKey made = logged.keys().create(TEAM, CreateTeamApiKeyRequest.builder().name("logged").build());
      String secret = made.apiKey().orElseThrow();
      assertTrue(log.stream().anyMatch(line -> line.contains("\"apiKey\":\"[redacted]\"")), log.toString());
      assertTrue(log.stream().noneMatch(line -> line.contains(secret)), log.toString());
      assertTrue(log.stream().noneMatch(line -> line.contains(sim.managementApiKey())), log.toString());
    }
  }
}
