package io.github.xaijava.wire;

import static io.github.xaijava.wire.Json.read;
import static io.github.xaijava.wire.Json.tree;
import static io.github.xaijava.wire.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ImageAspectRatio;
import io.github.xaijava.generated.model.ImageResolution;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.ModelOutput;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.ServiceTier;
import io.github.xaijava.generated.model.VideoAspectRatio;
import org.junit.jupiter.api.Test;

/** Answers from a newer API never break this client. */
class ForwardCompatibilityTest {

  private static final String CHAT_RESPONSE = """
      {"id":"c1","object":"chat.completion","created":1760000000,"model":"grok-4-fast-reasoning",
       "service_tier":"turbo","brand_new_field":{"nested":[1,2]},
       "choices":[{"index":0,"finish_reason":"thought_too_long",
         "message":{"role":"assistant","content":"Hi","refusal":null}}],
       "usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6,"new_counter":3}}
      """;

  @Test
  void unknownEnumValueReadsAsNullInsteadOfThrowing() {
    ChatResponse response = read(CHAT_RESPONSE, ChatResponse.class);
    assertNull(response.getServiceTier());
    assertEquals("Hi", response.getChoices().get(0).getMessage().getContent());
  }

  @Test
  void knownEnumValuesStillRead() {
    assertEquals(ServiceTier.FAST, read("\"fast\"", ServiceTier.class));
    assertNull(ServiceTier.fromValue("turbo"));
  }

  @Test
  void newFinishReasonIsKeptAsText() {
    assertEquals("thought_too_long",
        read(CHAT_RESPONSE, ChatResponse.class).getChoices().get(0).getFinishReason());
  }

  @Test
  void unknownFieldsAreKeptReachableAndWrittenBack() {
    ChatResponse response = read(CHAT_RESPONSE, ChatResponse.class);
    assertEquals(6, response.getUsage().getTotalTokens());
    assertEquals(tree("{\"nested\":[1,2]}"), response.getExtraProperties().get("brand_new_field"));
    assertEquals(tree("3"), response.getUsage().getExtraProperties().get("new_counter"));
    assertEquals("chat.completion", response.getObject());
    // Everything comes back but the explicit null; the unknown service tier too, since an
    // enum that reads as null keeps nothing (the raw text stays in the stored JSON only).
    JsonObject expected = tree(CHAT_RESPONSE).getAsJsonObject();
    expected.remove("service_tier");
    expected.getAsJsonArray("choices").get(0).getAsJsonObject()
        .getAsJsonObject("message").remove("refusal");
    assertEquals(expected, tree(write(response)));
  }

  @Test
  void callersCanSendPropertiesTheDocumentDoesNotHaveYet() {
    ChatRequest request = new ChatRequest().model("grok-5")
        .putExtraProperty("thinking_budget", new JsonPrimitive(2048));
    assertEquals("{\"model\":\"grok-5\",\"thinking_budget\":2048}", write(request));
    assertThrows(IllegalArgumentException.class,
        () -> request.putExtraProperty("model", new JsonPrimitive("x")));
    request.putExtraProperty("thinking_budget", null);
    assertEquals("{\"model\":\"grok-5\"}", write(request));
  }

  @Test
  void unknownOutputItemTypeKeepsItsRawJson() {
    ModelResponse response = read("""
        {"id":"r1","output":[
          {"type":"hologram_call","id":"hc_1","frames":[{"n":1}]},
          {"type":"message","id":"m1","role":"assistant","status":"completed",
           "content":[{"type":"output_text","text":"ok","annotations":[]}]}]}
        """, ModelResponse.class);
    ModelOutput unknown = response.getOutput().get(0);
    assertFalse(unknown.isKnown());
    JsonElement raw = unknown.rawJson().orElseThrow();
    assertEquals("hologram_call", raw.getAsJsonObject().get("type").getAsString());
    assertEquals(tree("[{\"n\":1}]"), raw.getAsJsonObject().get("frames"));
    assertTrue(response.getOutput().get(1).isOutputMessage());
    // Written back unchanged, so a stored response can be replayed as input.
    assertEquals(tree("{\"type\":\"hologram_call\",\"id\":\"hc_1\",\"frames\":[{\"n\":1}]}"),
        tree(write(unknown)));
  }

  @Test
  void unknownMessageRoleIsKeptRaw() {
    Message message = read("{\"role\":\"developer\",\"content\":\"be brief\"}", Message.class);
    assertFalse(message.isKnown());
    assertEquals(tree("{\"role\":\"developer\",\"content\":\"be brief\"}"),
        message.rawJson().orElseThrow());
  }

  @Test
  void valuesThatAreNotJavaIdentifiersGetReadableConstants() {
    assertEquals(VideoAspectRatio.RATIO_16_9, read("\"16:9\"", VideoAspectRatio.class));
    assertEquals("\"16:9\"", write(VideoAspectRatio.RATIO_16_9));
    assertEquals(ImageAspectRatio.RATIO_19_5_9, read("\"19.5:9\"", ImageAspectRatio.class));
    assertEquals(ImageResolution.RES_1_5K, read("\"1.5k\"", ImageResolution.class));
    assertEquals("1.5k", ImageResolution.RES_1_5K.toString());
  }
}
