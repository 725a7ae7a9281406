package io.github.xaijava.springai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.EmbeddingUsage;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingOptions;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/** Embeddings through Spring AI's EmbeddingModel API, against the simulator. */
class XaiEmbeddingModelTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @Test
  void textsAndDocumentsBecomeVectorsAndRequestOptionsWin(XaiSimulator sim) {
    TestObservationRegistry registry = TestObservationRegistry.create();
    try (XaiClient client = XaiClient.create(o -> o.apiKey(sim.apiKey()).baseUrl(sim.baseUrl()))) {
      XaiEmbeddingModel model = XaiEmbeddingModel.builder().client(client).model("grok-embed-1")
          .dimensions(16).observationRegistry(registry).build();
      List<float[]> vectors = model.embed(List.of("Grok", "xAI"));
      assertEquals(2, vectors.size());
      assertEquals(16, vectors.get(0).length);
      assertArrayEquals(vectors.get(0), model.embed(new Document("Grok")),
          "the same text, the same vector");
      JsonObject sent = JsonParser.parseString(sim.lastRequest().bodyText()).getAsJsonObject();
      assertEquals("grok-embed-1", sent.get("model").getAsString());
      assertEquals(16, sent.get("dimensions").getAsInt());

      EmbeddingResponse response = model.call(new EmbeddingRequest(List.of("Grok"),
          EmbeddingOptions.builder().dimensions(8).build()));
      assertEquals(8, response.getResult().getOutput().length);
      assertTrue(response.getMetadata().getUsage().getPromptTokens() > 0);
      assertInstanceOf(EmbeddingUsage.class, response.getMetadata().getUsage().getNativeUsage());
      TestObservationRegistryAssert.assertThat(registry)
          .hasObservationWithNameEqualTo("gen_ai.client.operation")
          .that()
          .hasBeenStopped()
          .hasLowCardinalityKeyValue("gen_ai.operation.name", "embedding")
          .hasLowCardinalityKeyValue("gen_ai.system", XaiChatModel.PROVIDER);
    }
  }
}
