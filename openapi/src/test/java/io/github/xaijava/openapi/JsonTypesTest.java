package io.github.xaijava.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTypesTest {

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  @Test
  void declaredTypesInOrderWithNull() {
    assertEquals(List.of("string"), JsonTypes.declared(json("{\"type\": \"string\"}")));
    assertEquals(List.of("integer", "null"),
        JsonTypes.declared(json("{\"type\": [\"integer\", \"null\"]}")));
    assertEquals(List.of("null"), JsonTypes.declared(json("{\"type\": [{}, \"null\"]}")));
    assertEquals(List.of(), JsonTypes.declared(json("{\"properties\": {}}")));
    assertEquals(List.of(), JsonTypes.declared(json("{\"type\": {}}")));
  }

  @Test
  void theTypeBesidesNull() {
    assertEquals("string", JsonTypes.of(json("{\"type\": \"string\"}")));
    assertEquals("integer", JsonTypes.of(json("{\"type\": [\"integer\", \"null\"]}")));
    assertEquals("array", JsonTypes.of(json("{\"type\": [\"null\", \"array\"]}")));
    assertEquals("string", JsonTypes.of(json("{\"type\": [\"string\", \"integer\"]}")));
    assertEquals("null", JsonTypes.of(json("{\"type\": \"null\"}")));
    assertEquals("null", JsonTypes.of(json("{\"type\": [\"null\"]}")));
    assertNull(JsonTypes.of(json("{\"properties\": {}}")));
  }

  @Test
  void typeOfParsedValues() {
    assertEquals("object", JsonTypes.ofValue(JsonParser.parseString("{}")));
    assertEquals("array", JsonTypes.ofValue(JsonParser.parseString("[]")));
    assertEquals("string", JsonTypes.ofValue(JsonParser.parseString("\"1\"")));
    assertEquals("boolean", JsonTypes.ofValue(JsonParser.parseString("false")));
    assertEquals("null", JsonTypes.ofValue(JsonNull.INSTANCE));
    assertEquals("null", JsonTypes.ofValue(null));
    assertEquals("integer", JsonTypes.ofValue(JsonParser.parseString("-12")));
    assertEquals("integer", JsonTypes.ofValue(JsonParser.parseString("123456789012345678901234567890")));
    assertEquals("number", JsonTypes.ofValue(JsonParser.parseString("1.0")));
    assertEquals("number", JsonTypes.ofValue(JsonParser.parseString("1e3")));
    assertEquals("number", JsonTypes.ofValue(JsonParser.parseString("1E3")));
  }

  @Test
  void typeOfNumbersHeldAsJavaNumbers() {
    assertEquals("integer", JsonTypes.ofValue(new JsonPrimitive(5L)));
    assertEquals("integer", JsonTypes.ofValue(new JsonPrimitive(BigInteger.TEN.pow(30))));
    assertEquals("number", JsonTypes.ofValue(new JsonPrimitive(5.0)));
    assertEquals("number", JsonTypes.ofValue(new JsonPrimitive(Double.POSITIVE_INFINITY)));
    assertEquals("number", JsonTypes.ofValue(new JsonPrimitive(2.5f)));
  }

  @Test
  void formsAreOneOfElseAnyOf() {
    JsonArray oneOf = JsonTypes.forms(json("{\"oneOf\": [{\"type\": \"string\"}], \"anyOf\": []}"));
    assertEquals(JsonParser.parseString("[{\"type\": \"string\"}]"), oneOf);
    assertEquals(JsonParser.parseString("[{\"type\": \"integer\"}]"),
        JsonTypes.forms(json("{\"anyOf\": [{\"type\": \"integer\"}]}")));
    assertNull(JsonTypes.forms(json("{\"allOf\": [{\"type\": \"integer\"}]}")));
    assertNull(JsonTypes.forms(json("{\"oneOf\": {}, \"anyOf\": [{\"type\": \"integer\"}]}")));
  }
}
