package io.github.xaijava.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import io.github.xaijava.structured.Examples.Account;
import io.github.xaijava.structured.Examples.Containers;
import io.github.xaijava.structured.Examples.Drawing;
import io.github.xaijava.structured.Examples.Event;
import io.github.xaijava.structured.Examples.Item;
import io.github.xaijava.structured.Examples.Order;
import io.github.xaijava.structured.Examples.Page;
import io.github.xaijava.structured.Examples.Pair;
import io.github.xaijava.structured.Examples.Parcel;
import io.github.xaijava.structured.Examples.Person;
import io.github.xaijava.structured.Examples.Presence;
import io.github.xaijava.structured.Examples.Scalars;
import io.github.xaijava.structured.Examples.Shape;
import io.github.xaijava.structured.Examples.Sky;
import io.github.xaijava.structured.Examples.Weather;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Schemas of every supported Java shape, against golden files in fixtures/structured/. */
class JsonSchemaTest {

  static Stream<Arguments> supportedShapes() {
    return Stream.of(
        Arguments.of("schema-scalars", Scalars.class),
        Arguments.of("schema-optional-nullable-primitive", Presence.class),
        Arguments.of("schema-enums", Weather.class),
        Arguments.of("schema-names-and-descriptions", Person.class),
        Arguments.of("schema-nested-defs", Order.class),
        Arguments.of("schema-name-clash", Parcel.class),
        Arguments.of("schema-collections-and-maps", Containers.class),
        Arguments.of("schema-sealed-any-of", Drawing.class),
        Arguments.of("schema-sealed-root-with-discriminator", Event.class),
        Arguments.of("schema-generic-root", new TypeToken<Page<Item>>() {}.getType()),
        Arguments.of("schema-generic-nested", Pair.class),
        Arguments.of("schema-plain-class", Account.class),
        Arguments.of("schema-list-root", new TypeToken<List<Item>>() {}.getType()),
        Arguments.of("schema-enum-root", Sky.class),
        Arguments.of("schema-string-root", String.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("supportedShapes")
  void schemaMatchesGoldenFile(String golden, Type type) {
    Golden.assertMatches(golden, JsonSchema.of(type).json());
  }

  @Test
  void propertiesFollowDeclarationOrder() {
    JsonObject properties = JsonSchema.of(Scalars.class).json().getAsJsonObject("properties");
    List<String> components = Stream.of(Scalars.class.getRecordComponents())
        .map(RecordComponent::getName).toList();
    assertEquals(components, new ArrayList<>(properties.keySet()));
  }

  @Test
  void defsFollowTheOrderTheyAreFirstMet() {
    JsonObject defs = JsonSchema.of(Order.class).json().getAsJsonObject("$defs");
    assertEquals(List.of("Customer", "Address", "Line", "Product"), new ArrayList<>(defs.keySet()));
  }

  @Test
  void sameTypeGivesTheCachedSchema() {
    assertSame(JsonSchema.of(Order.class), JsonSchema.of(Order.class));
    assertSame(JsonSchema.of(new TypeToken<Page<Item>>() {}),
        JsonSchema.of(TypeToken.getParameterized(Page.class, Item.class).getType()));
  }

  @Test
  void jsonIsAFreshCopyEachTime() {
    JsonSchema schema = JsonSchema.of(Order.class);
    JsonObject first = schema.json();
    first.remove("properties");
    assertNotSame(first, schema.json());
    assertTrue(schema.json().has("properties"));
  }

  @Test
  void schemaIsTheSameTextWhenBuiltFromManyThreadsAtOnce() {
    List<Type> types = List.of(Order.class, Drawing.class, Account.class, Containers.class,
        new TypeToken<Page<Order>>() {}.getType(), new TypeToken<Map<String, Parcel>>() {}.getType());
    List<String> expected = types.stream().map(t -> JsonSchema.of(t).toString()).toList();
    List<String> parallel = IntStream.range(0, 64).parallel()
        .mapToObj(i -> JsonSchema.of(types.get(i % types.size())).toString()).toList();
    for (int i = 0; i < parallel.size(); i++) {
      assertEquals(expected.get(i % types.size()), parallel.get(i));
    }
  }

  @Test
  void nameIsTheTypesSimpleNameOrItsGenericSpelling() {
    assertEquals("Order", JsonSchema.of(Order.class).name());
    assertEquals("PageOfItem", JsonSchema.of(new TypeToken<Page<Item>>() {}).name());
    assertEquals("ListOfItem", JsonSchema.of(new TypeToken<List<Item>>() {}).name());
    assertEquals("MapOfStringAndInteger",
        JsonSchema.of(new TypeToken<Map<String, Integer>>() {}).name());
  }

  @Test
  void chatResponseFormatWrapsTheSchemaStrictly() {
    JsonSchema schema = JsonSchema.of(Item.class);
    assertEquals(JsonParser.parseString("{\"type\":\"json_schema\",\"json_schema\":{"
            + "\"name\":\"Item\",\"schema\":" + schema + ",\"strict\":true}}"),
        io.github.xaijava.XaiJson.gson().toJsonTree(ResponseFormats.jsonSchema(schema)));
    assertEquals(io.github.xaijava.XaiJson.gson().toJsonTree(ResponseFormats.jsonSchema(schema)),
        io.github.xaijava.XaiJson.gson().toJsonTree(ResponseFormats.jsonSchema(Item.class)));
  }

  @Test
  void responsesTextFormatCarriesTheSchemaFlat() {
    JsonSchema schema = JsonSchema.of(Item.class);
    assertEquals(JsonParser.parseString("{\"format\":{\"type\":\"json_schema\",\"name\":\"Item\","
            + "\"schema\":" + schema + ",\"strict\":true}}"),
        io.github.xaijava.XaiJson.gson().toJsonTree(ResponseFormats.responsesJsonSchema(schema)));
  }

  @Test
  void aSchemaNameThatXaiWouldRefuseIsRefusedHere() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> ResponseFormats.jsonSchema("no spaces allowed", new com.google.gson.JsonObject()));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("no spaces allowed"));
  }

  @Test
  void schemasOfTheSameTypeAreEqual() {
    assertEquals(JsonSchema.of(Order.class), JsonSchema.of(Order.class));
    assertEquals(JsonSchema.of(Order.class).hashCode(), JsonSchema.of(Order.class).hashCode());
    assertEquals(Order.class, JsonSchema.of(Order.class).type());
  }
}
