package io.github.xaijava.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class NullabilityTest {

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  @Test
  void theThreeSpellingsOfMayBeNull() {
    JsonObject flagged = json("{\"type\": \"string\", \"nullable\": true}");
    JsonObject typeArray = json("{\"type\": [\"string\", \"null\"]}");
    JsonObject union = json("{\"oneOf\": [{\"type\": \"null\"}, {\"type\": \"string\"}]}");

    assertTrue(Nullability.isMarkedNullable(flagged));
    assertFalse(Nullability.typeAdmitsNull(flagged));
    assertFalse(Nullability.hasNullForm(flagged));

    assertTrue(Nullability.typeAdmitsNull(typeArray));
    assertFalse(Nullability.isMarkedNullable(typeArray));
    assertFalse(Nullability.hasNullForm(typeArray));

    assertTrue(Nullability.hasNullForm(union));
    assertFalse(Nullability.isMarkedNullable(union));
    assertFalse(Nullability.typeAdmitsNull(union));

    for (JsonObject schema : List.of(flagged, typeArray, union)) {
      assertTrue(Nullability.mayBeNull(schema), schema.toString());
    }
    assertTrue(Nullability.mayBeNull(json("{\"anyOf\": [{\"$ref\": \"#/components/schemas/A\"},"
        + " {\"type\": \"null\"}]}")));
  }

  @Test
  void schemasThatAdmitNoNull() {
    assertFalse(Nullability.mayBeNull(json("{\"type\": \"string\"}")));
    assertFalse(Nullability.mayBeNull(json("{\"type\": \"string\", \"nullable\": false}")));
    // Only the boolean true marks a schema nullable.
    assertFalse(Nullability.mayBeNull(json("{\"type\": \"string\", \"nullable\": \"true\"}")));
    assertFalse(Nullability.mayBeNull(json("{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}")));
    assertFalse(Nullability.mayBeNull(json("{}")));
  }

  @Test
  void nullSchemas() {
    assertTrue(Nullability.isNullSchema(json("{\"type\": \"null\"}")));
    assertTrue(Nullability.isNullSchema(json("{\"type\": [\"null\"]}")));
    assertTrue(Nullability.isNullSchema(json("{\"type\": \"null\", \"description\": \"none\"}")));
    assertTrue(Nullability.isNullSchema(json("{\"const\": null}")));
    assertTrue(Nullability.isNullSchema(json("{\"enum\": [null]}")));

    assertFalse(Nullability.isNullSchema(json("{\"type\": [\"string\", \"null\"]}")));
    assertFalse(Nullability.isNullSchema(json("{\"type\": []}")));
    assertFalse(Nullability.isNullSchema(json("{\"enum\": [null, \"a\"]}")));
    assertFalse(Nullability.isNullSchema(json("{\"const\": \"null\"}")));
    assertFalse(Nullability.isNullSchema(json("{}")));
    assertFalse(Nullability.isNullSchema(JsonParser.parseString("\"null\"")));
    assertFalse(Nullability.isNullSchema(null));
  }

  @Test
  void stripsNullFormsToTheNonNullPart() {
    JsonObject nullableRef = json("{\"oneOf\": [{\"type\": \"null\"}, {\"$ref\": \"#/components/schemas/A\"}]}");
    assertEquals(json("{\"$ref\": \"#/components/schemas/A\"}"), Nullability.soleForm(nullableRef));
    assertEquals(List.of(json("{\"$ref\": \"#/components/schemas/A\"}")),
        Nullability.nonNullForms(nullableRef));

    JsonObject union = json("{\"anyOf\": [{\"type\": \"string\"}, {\"enum\": [null]}, {\"type\": \"integer\"}]}");
    assertEquals(List.of(json("{\"type\": \"string\"}"), json("{\"type\": \"integer\"}")),
        Nullability.nonNullForms(union));
    assertNull(Nullability.soleForm(union));

    assertEquals(json("{\"type\": \"string\"}"),
        Nullability.soleForm(json("{\"oneOf\": [{\"type\": \"string\"}]}")));
    assertNull(Nullability.soleForm(json("{\"oneOf\": [{\"type\": \"null\"}]}")));
    assertEquals(List.of(), Nullability.nonNullForms(json("{\"type\": \"string\"}")));
  }
}
