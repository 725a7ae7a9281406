package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.generated.model.ApiKey;
import io.github.xaijava.generated.model.EmbeddingModel;
import io.github.xaijava.generated.model.EmbeddingRequest;
import io.github.xaijava.generated.model.EmbeddingResponse;
import io.github.xaijava.generated.model.GetMeResponse;
import io.github.xaijava.generated.model.ImageGenerationModel;
import io.github.xaijava.generated.model.LanguageModel;
import io.github.xaijava.generated.model.ListEmbeddingModelsResponse;
import io.github.xaijava.generated.model.ListImageGenerationModelsResponse;
import io.github.xaijava.generated.model.ListLanguageModelsResponse;
import io.github.xaijava.generated.model.ListModelsResponse;
import io.github.xaijava.generated.model.ListVideoGenerationModelsResponse;
import io.github.xaijava.generated.model.Model;
import io.github.xaijava.generated.model.TokenizeRequest;
import io.github.xaijava.generated.model.TokenizeResponse;
import io.github.xaijava.generated.model.TokenizeResponseToken;
import io.github.xaijava.generated.model.VideoGenerationModel;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.testing.Both;
import io.github.xaijava.testsupport.SimulatedClients;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The read-only services through the client against the simulator: the model lists (the
 * OpenAI-style one and the four kind-specific catalogs), embeddings, the tokenizer and the API
 * key's own description, blocking and through {@code client.async()}.
 */
class CatalogEndToEndTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  @ParameterizedTest
  @EnumSource(Both.class)
  void modelListNamesEveryModelAndGetFindsOneByAlias(Both mode) {
    XaiClient client = clients.client();

    ListModelsResponse all = mode.call(() -> client.models().list(),
        () -> client.async().models().list());
    Set<String> ids = all.data().stream().map(Model::id).collect(Collectors.toSet());
    assertTrue(ids.containsAll(Set.of("grok-4-0709", "grok-3", "grok-2-image-1212",
        "grok-imagine-video", "grok-embed-1")), ids.toString());

    Model one = mode.call(() -> client.models().get("grok-4"),
        () -> client.async().models().get("grok-4"));
    assertEquals("grok-4-0709", one.id(), "an alias finds the model");
    assertEquals("model", one.object());

    NotFoundException e = assertThrows(NotFoundException.class,
        () -> mode.call(() -> client.models().get("grok-0"), () -> client.async().models().get("grok-0")));
    assertTrue(e.errorMessage().orElseThrow().contains("grok-0"), e.errorMessage().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void eachKindHasItsOwnCatalogWithDetails(Both mode) {
    XaiClient client = clients.client();
    var models = client.models();
    var async = client.async().models();

    ListLanguageModelsResponse language = mode.call(() -> models.language().list(),
        () -> async.language().list());
    assertTrue(language.models().stream().anyMatch(m -> m.id().equals("grok-4-0709")));
    LanguageModel grok4 = mode.call(() -> models.language().get("grok-4-0709"),
        () -> async.language().get("grok-4-0709"));
    assertTrue(grok4.aliases().contains("grok-4"), grok4.aliases().toString());
    assertTrue(grok4.promptTextTokenPrice() > 0 && grok4.completionTextTokenPrice() > 0);

    ListImageGenerationModelsResponse image = mode.call(() -> models.image().list(),
        () -> async.image().list());
    ImageGenerationModel firstImage = image.models().get(0);
    assertEquals(firstImage.id(), mode.call(() -> models.image().get(firstImage.id()),
        () -> async.image().get(firstImage.id())).id());
    assertTrue(firstImage.outputModalities().contains("image"), firstImage.toString());

    ListVideoGenerationModelsResponse video = mode.call(() -> models.video().list(),
        () -> async.video().list());
    VideoGenerationModel firstVideo = video.models().get(0);
    assertEquals("grok-imagine-video", firstVideo.id());
    assertEquals(firstVideo, mode.call(() -> models.video().get(firstVideo.id()),
        () -> async.video().get(firstVideo.id())));

    ListEmbeddingModelsResponse embedding = mode.call(() -> models.embedding().list(),
        () -> async.embedding().list());
    EmbeddingModel firstEmbedding = embedding.models().get(0);
    assertEquals("grok-embed-1", firstEmbedding.id());
    assertEquals(firstEmbedding, mode.call(() -> models.embedding().get(firstEmbedding.id()),
        () -> async.embedding().get(firstEmbedding.id())));

    // A catalog holds only its own kind: the language model is no embedding model.
    assertThrows(NotFoundException.class, () -> mode.call(
        () -> models.embedding().get("grok-4-0709"), () -> async.embedding().get("grok-4-0709")));
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void embeddingsAreOnePerInputAndDeterministic(Both mode) {
    XaiClient client = clients.client();
    EmbeddingRequest request = EmbeddingRequest.builder()
        .model("grok-embed-1")
        .input(List.of("first text", "second text", "first text"))
        .build();

    EmbeddingResponse r = mode.call(() -> client.embeddings().create(request),
        () -> client.async().embeddings().create(request));

    assertEquals(3, r.data().size());
    assertEquals(List.of(0, 1, 2), r.data().stream().map(d -> d.index()).collect(Collectors.toList()));
    List<Double> first = r.data().get(0).embedding().floats().orElseThrow();
    assertFalse(first.isEmpty());
    assertEquals(first, r.data().get(2).embedding().floats().orElseThrow(), "same text, same vector");
    assertNotEquals(first, r.data().get(1).embedding().floats().orElseThrow());
    assertTrue(r.usage().orElseThrow().promptTokens() > 0);
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void tokenizerSplitsTextIntoTokensThatSpellIt(Both mode) {
    XaiClient client = clients.client();
    TokenizeRequest request = TokenizeRequest.builder().model("grok-4").text("Hello, world!").build();

    TokenizeResponse r = mode.call(() -> client.tokenizer().tokenize(request),
        () -> client.async().tokenizer().tokenize(request));

    assertTrue(r.tokenIds().size() > 1, r.toString());
    assertEquals("Hello, world!", r.tokenIds().stream().map(TokenizeResponseToken::stringToken)
        .collect(Collectors.joining()));
    for (TokenizeResponseToken t : r.tokenIds()) {
      assertEquals(t.stringToken().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
          t.tokenBytes().size());
    }
  }

  @ParameterizedTest
  @EnumSource(Both.class)
  void apiKeyInfoAndMeDescribeTheKeyWithoutShowingIt(Both mode) {
    XaiClient client = clients.client();

    ApiKey info = mode.call(() -> client.apiKey().info(), () -> client.async().apiKey().info());
    GetMeResponse me = mode.call(() -> client.apiKey().me(), () -> client.async().apiKey().me());

    assertFalse(info.redactedApiKey().contains(xai.apiKey()), info.redactedApiKey());
    assertTrue(info.redactedApiKey().contains("***"), info.redactedApiKey());
    assertFalse(info.apiKeyBlocked() || info.apiKeyDisabled() || info.teamBlocked());
    assertEquals(info.teamId(), me.teamId());
    assertEquals(info.userId(), me.userId());
    assertEquals(info.apiKeyId(), me.apiKey().orElseThrow().apiKeyId());
    assertEquals("/v1/me", xai.lastRequest().path());
  }
}
