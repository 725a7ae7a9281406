package io.github.xaijava.wire;

import static io.github.xaijava.testsupport.Json.read;
import static io.github.xaijava.testsupport.Json.tree;
import static io.github.xaijava.testsupport.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ImageAspectRatio;
import io.github.xaijava.generated.model.ImageResolution;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.ModelOutput;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.OutputMessage;
import io.github.xaijava.generated.model.ServiceTier;
import io.github.xaijava.generated.model.VideoAspectRatio;
import org.junit.jupiter.api.Test;

/** Answers from a newer API never break this client, and what it did not know survives. */
class ForwardCompatibilityTest {

  private static final String CHAT_RESPONSE = """
      {"id":"c1","object":"chat.completion","created":1760000000,"model":"grok-4-fast-reasoning",
       "service_tier":"turbo","brand_new_field":{"nested":[1,2]},
       "choices":[{"index":0,"finish_reason":"thought_too_long",
         "message":{"role":"assistant","content":"Hi","refusal":null}}],
       "usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6,"new_counter":3}}
      """;

  @Test
  void unknownEnumValueIsKeptComparedAndWrittenBack() {
    ChatResponse response = read(CHAT_RESPONSE, ChatResponse.class);
    ServiceTier tier = response.serviceTier().orElseThrow();
    assertFalse(tier.isKnown());
    assertEquals("turbo", tier.asString());
    assertEquals(ServiceTier.of("turbo"), tier);
    assertNotEquals(ServiceTier.PRIORITY, tier);
    assertEquals("Hi", response.text());
    assertTrue(write(response).contains("\"service_tier\":\"turbo\""));
  }

  @Test
  void knownEnumValuesAreTheConstants() {
    // Values every published version since 2026-08 has, so the facade's tests also run when
    // the client is built from an older document (scripts/spec-sweep.sh).
    assertSame(ServiceTier.PRIORITY, read("\"priority\"", ServiceTier.class));
    assertSame(ServiceTier.DEFAULT, ServiceTier.of("default"));
    assertTrue(ServiceTier.PRIORITY.isKnown());
    assertTrue(ServiceTier.knownValues().contains(ServiceTier.DEFAULT));
    assertTrue(ServiceTier.knownValues().stream().allMatch(ServiceTier::isKnown));
  }

  @Test
  void aNewEnumValueCanBeSent() {
    ChatRequest request = ChatRequest.builder().model("grok-5")
        .serviceTier(ServiceTier.of("turbo")).build();
    assertEquals(tree("{\"model\":\"grok-5\",\"service_tier\":\"turbo\"}"), tree(write(request)));
  }

  @Test
  void newFinishReasonIsKeptAsText() {
    assertEquals("thought_too_long", read(CHAT_RESPONSE, ChatResponse.class).choices().get(0)
        .finishReason().orElseThrow());
  }

  @Test
  void unknownFieldsAreKeptReachableAndWrittenBack() {
    ChatResponse response = read(CHAT_RESPONSE, ChatResponse.class);
    assertEquals(6, response.usage().orElseThrow().totalTokens());
    assertEquals(tree("{\"nested\":[1,2]}"), response.extraProperty("brand_new_field").orElseThrow());
    assertEquals(tree("3"), response.usage().orElseThrow().extraProperties().get("new_counter"));
    assertEquals("chat.completion", response.object());
    // Everything comes back but the explicit null.
    JsonObject expected = tree(CHAT_RESPONSE).getAsJsonObject();
    expected.getAsJsonArray("choices").get(0).getAsJsonObject()
        .getAsJsonObject("message").remove("refusal");
    assertEquals(expected, tree(write(response)));
  }

  @Test
  void callersCanSendPropertiesTheDocumentDoesNotHaveYet() {
    ChatRequest.Builder builder = ChatRequest.builder().model("grok-5")
        .putExtraProperty("thinking_budget", new JsonPrimitive(2048));
    assertEquals("{\"model\":\"grok-5\",\"thinking_budget\":2048}", write(builder.build()));
    IllegalArgumentException declared = assertThrows(IllegalArgumentException.class,
        () -> builder.putExtraProperty("model", new JsonPrimitive("x")));
    assertTrue(declared.getMessage().contains("model is a declared property of ChatRequest"));
    assertEquals("{\"model\":\"grok-5\"}",
        write(builder.putExtraProperty("thinking_budget", null).build()));
  }

  @Test
  void unknownOutputItemTypeKeepsItsRawJson() {
    ModelResponse response = read("""
        {"id":"r1","output":[
          {"type":"hologram_call","id":"hc_1","frames":[{"n":1}]},
          {"type":"message","id":"m1","role":"assistant","status":"completed",
           "content":[{"type":"output_text","text":"ok","annotations":[]}]}]}
        """, ModelResponse.class);
    ModelOutput unknown = response.output().get(0);
    ModelOutput.Unknown raw = assertInstanceOf(ModelOutput.Unknown.class, unknown);
    assertEquals("hologram_call", raw.type());
    assertEquals(tree("[{\"n\":1}]"), raw.json().getAsJsonObject().get("frames"));
    assertInstanceOf(OutputMessage.class, response.output().get(1));
    assertEquals("ok", response.outputText());
    // Written back unchanged, so a stored response can be replayed as input.
    assertEquals(tree("{\"type\":\"hologram_call\",\"id\":\"hc_1\",\"frames\":[{\"n\":1}]}"),
        tree(write(unknown)));
  }

  @Test
  void unknownMessageRoleIsKeptRaw() {
    Message message = read("{\"role\":\"developer\",\"content\":\"be brief\"}", Message.class);
    Message.Unknown raw = assertInstanceOf(Message.Unknown.class, message);
    assertEquals("developer", raw.role());
    assertEquals(tree("{\"role\":\"developer\",\"content\":\"be brief\"}"), raw.json());
    assertEquals(tree("{\"role\":\"developer\",\"content\":\"be brief\"}"), tree(write(message)));
  }

  @Test
  void valuesThatAreNotJavaIdentifiersGetReadableConstants() {
    assertSame(VideoAspectRatio.RATIO_16_9, read("\"16:9\"", VideoAspectRatio.class));
    assertEquals("\"16:9\"", write(VideoAspectRatio.RATIO_16_9));
    assertSame(ImageAspectRatio.RATIO_19_5_9, read("\"19.5:9\"", ImageAspectRatio.class));
    assertSame(ImageResolution.RES_1K, read("\"1k\"", ImageResolution.class));
    assertEquals("1k", ImageResolution.RES_1K.toString());
  }
}
