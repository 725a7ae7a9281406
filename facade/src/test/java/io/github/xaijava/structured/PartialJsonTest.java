package io.github.xaijava.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import io.github.xaijava.structured.Examples.Circle;
import io.github.xaijava.structured.Examples.Customer;
import io.github.xaijava.structured.Examples.Drawing;
import io.github.xaijava.structured.Examples.Event;
import io.github.xaijava.structured.Examples.Item;
import io.github.xaijava.structured.Examples.KeyPress;
import io.github.xaijava.structured.Examples.Line;
import io.github.xaijava.structured.Examples.Order;
import io.github.xaijava.structured.Examples.Page;
import io.github.xaijava.structured.Examples.Person;
import io.github.xaijava.structured.Examples.Product;
import io.github.xaijava.structured.Examples.Scalars;
import io.github.xaijava.structured.Examples.Sky;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The value so far of a streaming answer: never throws, never invents, whole text = full parse. */
class PartialJsonTest {

  static final List<String> DOCUMENTS = List.of(
      """
      {"customer":{"name":"Bo","home":{"street":"1 Main","city":"Oslo","postal_code":"0150"}},
       "lines":[{"product":{"sku":"p1","price":2.50},"quantity":2},
                {"product":{"sku":"p2","price":-0.5e1},"quantity":10}],
       "billing":{"street":"2 Side","city":"Bergen","postal_code":"5003"},
       "pickup":null}""",
      "{\"text\":\"tab\\tquote\\\" slash\\/ back\\\\ nl\\n u\\u00e9 pair\\ud83d\\ude00 end\","
          + "\"raw\":\"ünïcödé 😀\",\"empty\":\"\"}",
      "[0,-0,1.5,-2e10,3E+2,4e-3,123456789012345678901234567890,true,false,null,[],{},[[]],"
          + "{\"a\":{}}]",
      "{\n  \"spaced\" :  [ 1 ,\t2 ,\r\n 3 ] ,\n  \"nested\" : { \"deep\" : { \"deeper\" : [ ] } }\n}\n",
      "\"a lone string\"",
      "42",
      "-3.5e2",
      "true",
      "null",
      "  {}  ");

  static Stream<String> documents() {
    return DOCUMENTS.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyPrefixParsesToPartOfTheWholeAndTheWholeTextToTheFullParse(String document) {
    JsonElement full = JsonParser.parseString(document);
    for (int end = 0; end <= document.length(); end++) {
      String prefix = document.substring(0, end);
      Optional<JsonElement> partial = PartialJson.parse(prefix);
      partial.ifPresent(value -> assertTrue(isPartOf(value, full, true),
          () -> "prefix <" + prefix + "> gave " + value + ", not part of " + full));
    }
    assertEquals(Optional.of(full), PartialJson.parse(document));
  }

  /** Whether {@code partial} could grow into {@code full}: what is there is there in full. */
  private static boolean isPartOf(JsonElement partial, JsonElement full, boolean root) {
    if (partial.isJsonObject()) {
      if (!full.isJsonObject()) {
        return false;
      }
      JsonObject whole = full.getAsJsonObject();
      return partial.getAsJsonObject().entrySet().stream().allMatch(entry ->
          whole.has(entry.getKey()) && isPartOf(entry.getValue(), whole.get(entry.getKey()), false));
    }
    if (partial.isJsonArray()) {
      if (!full.isJsonArray() || partial.getAsJsonArray().size() > full.getAsJsonArray().size()) {
        return false;
      }
      for (int i = 0; i < partial.getAsJsonArray().size(); i++) {
        if (!isPartOf(partial.getAsJsonArray().get(i), full.getAsJsonArray().get(i), false)) {
          return false;
        }
      }
      return true;
    }
    if (partial.isJsonPrimitive() && partial.getAsJsonPrimitive().isString()) {
      return full.isJsonPrimitive() && full.getAsJsonPrimitive().isString()
          && full.getAsString().startsWith(partial.getAsString());
    }
    if (root && partial.isJsonPrimitive() && partial.getAsJsonPrimitive().isNumber()) {
      // Nothing ends a number at the top level, so "4" of "42" is kept as 4.
      return full.isJsonPrimitive() && full.getAsString().startsWith(partial.getAsString());
    }
    return partial.equals(full);
  }

  static Stream<Arguments> prefixes() {
    return Stream.of(
        partial("nothing yet", "", null),
        partial("only whitespace", " \n ", null),
        partial("an object just opened", "{", "{}"),
        partial("a key cut short is left out", "{\"na", "{}"),
        partial("a key without its colon is left out", "{\"name\"", "{}"),
        partial("a key without its value is left out", "{\"name\":", "{}"),
        partial("a string just opened is empty", "{\"name\": \"", "{\"name\":\"\"}"),
        partial("an open string is closed", "{\"name\":\"Ber", "{\"name\":\"Ber\"}"),
        partial("a half escape is left out", "{\"name\":\"Ber\\", "{\"name\":\"Ber\"}"),
        partial("a half unicode escape is left out", "{\"name\":\"Ber\\u00", "{\"name\":\"Ber\"}"),
        partial("a whole unicode escape is kept", "{\"name\":\"Ber\\u00e9", "{\"name\":\"Beré\"}"),
        partial("a literal cut short is left out", "{\"ok\":tru", "{}"),
        partial("a whole literal is kept", "{\"ok\":true", "{\"ok\":true}"),
        partial("a number the next chunk may extend is left out", "{\"n\":12", "{}"),
        partial("a number ended by a comma is kept", "{\"n\":12,", "{\"n\":12}"),
        partial("a number ended by a space is kept", "{\"n\":12 ", "{\"n\":12}"),
        partial("a lone minus is left out", "{\"n\":-", "{}"),
        partial("the last number of an open array is left out", "[1,2", "[1]"),
        partial("numbers ended by commas are kept", "[1,2,", "[1,2]"),
        partial("nested arrays are closed", "[[", "[[]]"),
        partial("an object in an array is closed", "{\"a\":[{\"b\":", "{\"a\":[{}]}"),
        partial("a top-level literal cut short is nothing", "tru", null),
        partial("a top-level literal", "true", "true"),
        partial("a top-level null", "null", "null"),
        partial("a top-level number is kept", "4", "4"),
        partial("a top-level number ending in a dot is nothing", "4.", null),
        partial("a top-level exponent without digits is nothing", "1e", null),
        partial("a top-level string is closed", "\"abc", "\"abc\""),
        partial("stops at an invalid character", "{\"a\":1 x", "{\"a\":1}"),
        partial("stops at a wrong bracket", "{]", "{}"),
        partial("not JSON at all is nothing", "hello", null),
        partial("text after a complete document is ignored", "{\"a\":1}} trailing", "{\"a\":1}"),
        partial("a trailing comma in an array is dropped", "[1,]", "[1]"),
        partial("a key that is not a string stops the object", "{a:1}", "{}"));
  }

  private static Arguments partial(String what, String prefix, String expected) {
    return Arguments.of(what, prefix, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("prefixes")
  void prefixParsesToTheValueSoFar(String what, String prefix, String expected) {
    assertEquals(Optional.ofNullable(expected).map(JsonParser::parseString), PartialJson.parse(prefix));
  }

  @Test
  void deepNestingStopsInsteadOfOverflowingTheStack() {
    Optional<JsonElement> value = PartialJson.parse("[".repeat(100_000));
    assertTrue(value.isPresent());
    String text = value.get().toString();
    assertEquals(PartialJsonParser.MAX_DEPTH, text.chars().filter(c -> c == '[').count());
  }

  @Test
  void randomTextNeverThrows() {
    Random random = new Random(20240229);
    String alphabet = "{}[]\":,\\ntrufalse0123456789.-+eE u\t";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      PartialJson.parse(text.toString());
      PartialJson.read(text.toString(), Order.class);
    }
  }

  static Stream<Arguments> typedAnswers() {
    return Stream.of(
        Arguments.of(Order.class, DOCUMENTS.get(0)),
        Arguments.of(Drawing.class, "{\"shapes\":[{\"radius\":1.5},{\"side\":2,\"label\":\"sq\"}],"
            + "\"background\":{\"side\":10}}"),
        Arguments.of(Event.class, "{\"kind\":\"key\",\"key\":\"a\",\"shift\":true}"),
        Arguments.of(Person.class, "{\"full_name\":\"Ada Lovelace\",\"birth_year\":1815,"
            + "\"nick\":\"Ada\",\"languages\":[\"en\",\"fr\"]}"),
        Arguments.of(new TypeToken<Page<Item>>() {}.getType(),
            "{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"nextCursor\":\"c2\",\"total\":2}"),
        Arguments.of(Scalars.class, StructuredJsonTest.allScalarsWith("\"text\":\"t\"",
            "\"text\":\"t\"")));
  }

  @ParameterizedTest
  @MethodSource("typedAnswers")
  void everyPrefixReadsLenientlyAndTheWholeTextReadsAsStrictly(Type type, String answer) {
    for (int end = 0; end <= answer.length(); end++) {
      PartialJson.read(answer.substring(0, end), TypeToken.get(type));
    }
    assertEquals(Optional.of(StructuredJson.read(answer, TypeToken.get(type))),
        PartialJson.read(answer, TypeToken.get(type)));
  }

  @Test
  void propertiesNotThereYetAreNullZeroOrEmpty() {
    assertEquals(Optional.of(new Order(new Customer("B", null), null, null, Optional.empty(), null)),
        PartialJson.read("{\"customer\":{\"name\":\"B", Order.class));
    assertEquals(Optional.of(new Line(new Product("a", null), 0)),
        PartialJson.read("{\"product\":{\"sku\":\"a\"", Line.class));
  }

  record Meeting(String title, LocalDate day, Sky sky) {
  }

  @Test
  void valuesNotReadableYetCountAsNotThere() {
    assertEquals(Optional.of(new Meeting("x", null, null)),
        PartialJson.read("{\"title\":\"x\",\"day\":\"2024-0", Meeting.class));
    assertEquals(Optional.of(new Meeting("x", LocalDate.of(2024, 1, 2), null)),
        PartialJson.read("{\"title\":\"x\",\"day\":\"2024-01-02\",\"sky\":\"cle", Meeting.class));
  }

  @Test
  void listGrowsElementByElement() {
    Page<Item> page = PartialJson.read("{\"items\":[{\"name\":\"a\"},{\"name\":\"b",
        new TypeToken<Page<Item>>() {}).orElseThrow();
    assertEquals(List.of(new Item("a"), new Item("b")), page.items());
    assertEquals(0, page.total());
  }

  @Test
  void sealedInterfaceResolvesOnceThePropertiesFitOneAlternative() {
    assertEquals(List.of(), PartialJson.read("{\"shapes\":[{\"radius\":1", Drawing.class)
        .orElseThrow().shapes());
    assertEquals(List.of(new Circle(1)), PartialJson.read("{\"shapes\":[{\"radius\":1,",
        Drawing.class).orElseThrow().shapes());
  }

  @Test
  void taggedAlternativeResolvesOnceItsDiscriminatorArrives() {
    assertEquals(Optional.empty(), PartialJson.read("{\"kind\":\"ke", Event.class));
    assertEquals(Optional.of(new KeyPress("a", false)),
        PartialJson.read("{\"kind\":\"key\",\"key\":\"a", Event.class));
  }

  @Test
  void objectWhoseConstructorRejectsThePartialValuesIsEmpty() {
    assertEquals(Optional.empty(),
        PartialJson.read("{\"value\":-1,", StructuredJsonTest.Positive.class));
  }

  @Test
  void nothingArrivedIsEmpty() {
    assertEquals(Optional.empty(), PartialJson.read("", Order.class));
    assertEquals(Optional.empty(), PartialJson.read("  ", new TypeToken<Map<String, Item>>() {}));
  }

  @Test
  void typeWithoutSchemaIsRefusedEvenBeforeAnythingArrives() {
    assertThrows(IllegalArgumentException.class, () -> PartialJson.read("", Object.class));
  }
}
