package io.github.xaijava.generated.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.xaijava.generated.support.MissingPropertyException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conventions of every generated model, shown on the types users hold most. */
class ModelConventionsTest {

  private static <T> T read(String json, Class<T> type) {
    return SpecSamples.GSON.fromJson(json, type);
  }

  private static String write(Object model) {
    return SpecSamples.GSON.toJson(model);
  }

  @Test
  void buildersCopyTheirListsAndModelsHandOutUnmodifiableOnes() {
    List<Message> messages = new ArrayList<>();
    messages.add(UserMessage.builder().content("Hi").build());
    ChatRequest.Builder builder = ChatRequest.builder().model("grok-4").messages(messages);
    messages.add(UserMessage.builder().content("changed later").build());
    // adding after a list was set extends the builder's own copy, never the caller's list
    ChatRequest request = builder.addUserMessage("again").build();

    assertEquals(2, request.messages().size());
    assertEquals(2, messages.size());
    assertThrows(UnsupportedOperationException.class,
        () -> request.messages().add(UserMessage.builder().content("x").build()));
    builder.addUserMessage("after build");
    assertEquals(2, request.messages().size(), "a built model does not see its builder change");
  }

  @Test
  void nullElementsAreRefusedWhereTheyAreAdded() {
    List<Message> withNull = new ArrayList<>();
    withNull.add(null);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> ChatRequest.builder().messages(withNull));
    assertTrue(e.getMessage().contains("null"), e.getMessage());
  }

  @Test
  void absentOptionalsAreEmptyAndAbsentListsAreEmpty() {
    ChatResponse response = read("{\"id\":\"r1\",\"choices\":[]}", ChatResponse.class);
    assertFalse(response.usage().isPresent());
    assertFalse(response.systemFingerprint().isPresent());
    assertEquals(List.of(), response.citations());
    assertEquals("", response.text(), "no choice: empty text, not null");
    ChatRequest empty = ChatRequest.builder().build();
    assertFalse(empty.temperature().isPresent());
    assertEquals(List.of(), empty.messages());
  }

  @Test
  void aRequiredPropertyTheServerLeftOutFailsOnlyWhenAskedForAndSaysWhich() {
    ChatResponse response = read("{\"choices\":[]}", ChatResponse.class);
    assertEquals(List.of(), response.choices(), "the rest of the object stays usable");
    MissingPropertyException e = assertThrows(MissingPropertyException.class, response::id);
    assertEquals("ChatResponse", e.type());
    assertEquals("id", e.property());
    assertTrue(e.getMessage().contains("ChatResponse.id"), e.getMessage());
  }

  @Test
  void onlyWhatWasSetIsWrittenInDeclarationOrderOfTheBuilderCalls() {
    ChatRequest request = ChatRequest.builder().model("grok-4").temperature(0.7)
        .addUserMessage("Hi").build();
    assertEquals(JsonParser.parseString(
            "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"model\":\"grok-4\","
                + "\"temperature\":0.7}"),
        JsonParser.parseString(write(request)));
  }

  @Test
  void unknownMembersAreKeptAndWrittenBackButDeclaredOnesCannotBeSetAsExtras() {
    String json = "{\"id\":\"r1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
        + "\"choices\":[],\"sparkle\":{\"level\":3}}";
    ChatResponse response = read(json, ChatResponse.class);
    assertEquals(3, response.extraProperty("sparkle").orElseThrow()
        .getAsJsonObject().get("level").getAsInt());
    assertEquals(JsonParser.parseString(json), JsonParser.parseString(write(response)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChatRequest.builder().putExtraProperty("model", new JsonPrimitive("x")));
    assertTrue(e.getMessage().contains("model"), e.getMessage());
    ChatRequest withExtra = ChatRequest.builder()
        .putExtraProperty("x_new_option", new JsonPrimitive(true)).build();
    assertEquals("{\"x_new_option\":true}", write(withExtra));
  }

  @Test
  void openEnumsKeepAValueThisVersionDoesNotKnow() {
    ChatResponse response = read("{\"id\":\"r\",\"service_tier\":\"turbo\"}", ChatResponse.class);
    ServiceTier tier = response.serviceTier().orElseThrow();
    assertFalse(tier.isKnown());
    assertEquals("turbo", tier.asString());
    assertTrue(write(response).contains("\"service_tier\":\"turbo\""));
    assertSame(ServiceTier.PRIORITY, ServiceTier.of("priority"));
    assertTrue(ServiceTier.knownValues().contains(ServiceTier.DEFAULT));
    assertEquals(ServiceTier.of("turbo"), tier);
    assertEquals("{\"service_tier\":\"turbo\"}",
        write(ChatRequest.builder().serviceTier(ServiceTier.of("turbo")).build()));
  }

  @Test
  void sealedUnionsReadLikeJavaAndSwitchExhaustively() {
    ModelResponse response = read("{\"id\":\"resp_1\",\"output\":["
        + "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[]},"
        + "{\"type\":\"message\",\"role\":\"assistant\",\"content\":"
        + "[{\"type\":\"output_text\",\"text\":\"Hi\",\"annotations\":[]}]},"
        + "{\"type\":\"function_call\",\"call_id\":\"c1\",\"name\":\"f\",\"arguments\":\"{}\"},"
        + "{\"type\":\"hologram\",\"id\":\"h1\"}]}", ModelResponse.class);
    List<String> kinds = new ArrayList<>();
    for (ModelOutput item : response.output()) {
      // Java 17: instanceof patterns; on 21 the same reads as an exhaustive switch
      if (item instanceof OutputMessage) {
        kinds.add("message");
      } else if (item instanceof FunctionToolCall call) {
        kinds.add("call " + call.name());
      } else if (item instanceof ModelOutput.Unknown unknown) {
        kinds.add("unknown " + unknown.json().getAsJsonObject().get("type"));
      } else {
        kinds.add(item.getClass().getSimpleName());
      }
    }
    assertEquals(List.of("Reasoning", "message", "call f", "unknown \"hologram\""), kinds);
    assertEquals("Hi", response.outputText());
    assertTrue(response.hasToolCalls());
  }

  @Test
  void holderUnionsNameTheirFormsByMeaningAndAcceptTheCommonFormDirectly() {
    UserMessage text = UserMessage.builder().content("Hi").build();
    assertEquals("Hi", text.content().text().orElseThrow());
    assertFalse(text.content().isParts());
    String visited = text.content().accept(new Content.Visitor<String>() {
      @Override
      public String visitText(String value) {
        return "text " + value;
      }

      @Override
      public String visitParts(List<ContentPart> value) {
        return "parts " + value.size();
      }

      @Override
      public String visitUnknown(com.google.gson.JsonElement json) {
        return "unknown";
      }
    });
    assertEquals("text Hi", visited);
    assertEquals("{\"tool_choice\":\"auto\"}",
        write(ChatRequest.builder().toolChoice("auto").build()));
    assertEquals("{\"input\":\"Hello\"}", write(ModelRequest.builder().input("Hello").build()));
  }

  @Test
  void schemaFieldsTakeJsonObjectsNotStrings() throws Exception {
    JsonObject schema = JsonParser.parseString(
        "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}").getAsJsonObject();
    FunctionDefinition function = FunctionDefinition.builder().name("weather")
        .parameters(schema).build();
    schema.addProperty("mutated", true);
    assertFalse(function.parameters().has("mutated"), "copied in");
    for (Method m : FunctionDefinition.Builder.class.getMethods()) {
      if (m.getName().equals("parameters")) {
        assertEquals(JsonObject.class, m.getParameterTypes()[0]);
      }
    }
  }

  @Test
  void numbersAreDoublesAndModelsCompareByValue() {
    ChatRequest a = ChatRequest.builder().model("grok-4").temperature(0.7).topP(1).build();
    ChatRequest b = a.toBuilder().build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, a.toBuilder().temperature(0.8).build());
    assertEquals(0.7, a.temperature().getAsDouble());
    assertTrue(a.toString().startsWith("ChatRequest{"), a.toString());
  }

  @Test
  void unionFormsWithinUnionsAreReadToo() {
    ChatRequest request = read("{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\","
        + "\"text\":\"a\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x\"}}]},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"c\",\"content\":\"r\"}]}", ChatRequest.class);
    UserMessage user = assertInstanceOf(UserMessage.class, request.messages().get(0));
    assertEquals(2, user.content().parts().orElseThrow().size());
    assertInstanceOf(ToolMessage.class, request.messages().get(1));
  }
}
