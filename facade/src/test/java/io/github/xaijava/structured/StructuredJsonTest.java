package io.github.xaijava.structured;

import io.github.xaijava.errors.StructuredOutputException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.reflect.TypeToken;
import io.github.xaijava.structured.Examples.Account;
import io.github.xaijava.structured.Examples.Address;
import io.github.xaijava.structured.Examples.Circle;
import io.github.xaijava.structured.Examples.Click;
import io.github.xaijava.structured.Examples.Containers;
import io.github.xaijava.structured.Examples.Customer;
import io.github.xaijava.structured.Examples.Drawing;
import io.github.xaijava.structured.Examples.Event;
import io.github.xaijava.structured.Examples.Item;
import io.github.xaijava.structured.Examples.KeyPress;
import io.github.xaijava.structured.Examples.Line;
import io.github.xaijava.structured.Examples.Order;
import io.github.xaijava.structured.Examples.Page;
import io.github.xaijava.structured.Examples.Person;
import io.github.xaijava.structured.Examples.Presence;
import io.github.xaijava.structured.Examples.Product;
import io.github.xaijava.structured.Examples.Scalars;
import io.github.xaijava.structured.Examples.Sky;
import io.github.xaijava.structured.Examples.Square;
import io.github.xaijava.structured.Examples.Weather;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading answers into Java types: what the schema promises comes back; the rest fails typed. */
class StructuredJsonTest {

  sealed interface Marker permits Dot, Spot {
  }

  record Dot() implements Marker {
  }

  record Spot(Optional<String> label) implements Marker {
  }

  record Positive(int value) {
    Positive {
      if (value < 0) {
        throw new IllegalArgumentException("value must not be negative: " + value);
      }
    }
  }

  @Test
  void everyScalarReadsFromItsJsonForm() {
    String json = """
        {"text":"héllo \\"quoted\\"","letter":"x","flag":true,"count":-7,"big":9007199254740993,
         "small":300,"tiny":-128,"huge":123456789012345678901234567890,"ratio":0.5,
         "score":1e-3,"price":19.90,"id":"123e4567-e89b-12d3-a456-426614174000",
         "day":"2024-02-29","at":"10:15:30","atOffset":"10:15:30+01:00",
         "moment":"2024-02-29T10:15:30Z","stamped":"2024-02-29T10:15:30.5+05:30",
         "zoned":"2024-02-29T10:15:30-03:00"}""";
    Scalars expected = new Scalars("héllo \"quoted\"", 'x', true, -7, 9007199254740993L,
        (short) 300, (byte) -128, new BigInteger("123456789012345678901234567890"), 0.5f, 0.001,
        new BigDecimal("19.90"), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        LocalDate.of(2024, 2, 29), LocalTime.of(10, 15, 30),
        OffsetTime.of(10, 15, 30, 0, ZoneOffset.ofHours(1)),
        Instant.parse("2024-02-29T10:15:30Z"),
        OffsetDateTime.of(2024, 2, 29, 10, 15, 30, 500_000_000, ZoneOffset.ofHoursMinutes(5, 30)),
        ZonedDateTime.of(2024, 2, 29, 10, 15, 30, 0, ZoneOffset.ofHours(-3)));
    assertEquals(expected, StructuredJson.read(json, Scalars.class));
  }

  @Test
  void bigDecimalKeepsEveryDigitAsWritten() {
    Product product = StructuredJson.read(
        "{\"sku\":\"a\",\"price\":0.1000000000000000000000000001}", Product.class);
    assertEquals(new BigDecimal("0.1000000000000000000000000001"), product.price());
  }

  @Test
  void integralNumberWrittenWithAFractionReadsAsAnInteger() {
    Line line = StructuredJson.read("{\"product\":{\"sku\":\"a\",\"price\":1},\"quantity\":3.0}",
        Line.class);
    assertEquals(3, line.quantity());
  }

  @Test
  void localTimeKeepsTheLocalPartOfATimeWithOffset() {
    Scalars scalars = StructuredJson.read(allScalarsWith("\"at\":\"10:15:30\"", "\"at\":\"23:59:01Z\""),
        Scalars.class);
    assertEquals(LocalTime.of(23, 59, 1), scalars.at());
  }

  @Test
  void absentOptionalsAreEmptyAndPresentOnesHoldTheirValue() {
    Presence absent = StructuredJson.read("{\"primitive\":1,\"boxed\":2,\"boxedFlag\":false,"
        + "\"plain\":\"p\",\"annotatedNullable\":\"n\"}", Presence.class);
    assertEquals(new Presence(1, 2, false, "p", "n", Optional.empty(), Optional.empty(),
        OptionalInt.empty(), OptionalLong.empty(), OptionalDouble.empty()), absent);

    Presence present = StructuredJson.read("{\"primitive\":1,\"boxed\":2,\"boxedFlag\":false,"
        + "\"plain\":\"p\",\"annotatedNullable\":\"n\",\"maybe\":\"m\",\"maybeBoxed\":3,"
        + "\"maybeInt\":4,\"maybeLong\":5,\"maybeDouble\":6.5}", Presence.class);
    assertEquals(new Presence(1, 2, false, "p", "n", Optional.of("m"), Optional.of(3),
        OptionalInt.of(4), OptionalLong.of(5), OptionalDouble.of(6.5)), present);
  }

  @Test
  void nullOptionalReadsAsEmpty() {
    Presence presence = StructuredJson.read("{\"primitive\":1,\"boxed\":2,\"boxedFlag\":false,"
        + "\"plain\":\"p\",\"annotatedNullable\":\"n\",\"maybe\":null,\"maybeInt\":null}",
        Presence.class);
    assertEquals(Optional.empty(), presence.maybe());
    assertEquals(OptionalInt.empty(), presence.maybeInt());
  }

  @Test
  void nullableBoxedAndAnnotatedPropertiesReadNull() {
    Presence presence = StructuredJson.read("{\"primitive\":1,\"boxed\":null,\"boxedFlag\":null,"
        + "\"plain\":\"p\",\"annotatedNullable\":null}", Presence.class);
    assertNull(presence.boxed());
    assertNull(presence.boxedFlag());
    assertNull(presence.annotatedNullable());
  }

  @Test
  void enumsReadByTheirJsonNames() {
    Weather weather = StructuredJson.read("{\"today\":\"clear\",\"tomorrow\":\"partly-cloudy\","
        + "\"yesterday\":null,\"nextWeek\":\"STORMY\"}", Weather.class);
    assertEquals(new Weather(Sky.CLEAR, Sky.PARTLY_CLOUDY, null, Optional.of(Sky.STORMY)), weather);
  }

  @Test
  void propertiesReadByJsonNameAndSerializedName() {
    Person person = StructuredJson.read("{\"full_name\":\"Ada Lovelace\",\"birth_year\":1815,"
        + "\"nick\":\"Ada\",\"languages\":[\"en\",\"fr\"]}", Person.class);
    assertEquals(new Person("Ada Lovelace", 1815, Optional.of("Ada"), List.of("en", "fr")), person);
  }

  @Test
  void nestedObjectsReadThroughTheirDefs() {
    Order order = StructuredJson.read("""
        {"customer":{"name":"Bo","home":{"street":"1 Main","city":"Oslo","postal_code":"0150"}},
         "lines":[{"product":{"sku":"p1","price":2.50},"quantity":2}],
         "billing":{"street":"2 Side","city":"Bergen","postal_code":"5003"},
         "shipping":{"street":"3 Dock","city":"Tromsø","postal_code":"9008"},
         "pickup":null}""", Order.class);
    assertEquals(new Order(
        new Customer("Bo", new Address("1 Main", "Oslo", "0150")),
        List.of(new Line(new Product("p1", new BigDecimal("2.50")), 2)),
        new Address("2 Side", "Bergen", "5003"),
        Optional.of(new Address("3 Dock", "Tromsø", "9008")),
        null), order);
  }

  @Test
  void collectionsArraysAndMapsReadInDocumentOrderAndCannotBeChanged() {
    Containers containers = StructuredJson.read("""
        {"tags":["b","a"],"ids":[3,1,3],"scores":[0.5],"words":["x","y"],"counts":[1,2,3],
         "grid":[["a"],[]],"stock":{"z":1,"a":2},"catalog":{"p":{"sku":"p","price":1}},
         "featured":[{"sku":"f","price":2}]}""", Containers.class);
    assertEquals(List.of("b", "a"), containers.tags());
    assertEquals(List.of(3, 1), List.copyOf(containers.ids()));
    assertEquals(List.of(0.5), List.copyOf(containers.scores()));
    assertArrayEquals(new String[] {"x", "y"}, containers.words());
    assertArrayEquals(new int[] {1, 2, 3}, containers.counts());
    assertEquals(List.of(List.of("a"), List.of()), containers.grid());
    assertEquals(List.of("z", "a"), List.copyOf(containers.stock().keySet()));
    assertEquals(Map.of("p", new Product("p", BigDecimal.ONE)), containers.catalog());
    assertEquals(List.of(new Product("f", new BigDecimal("2"))), containers.featured());
    assertThrows(UnsupportedOperationException.class, () -> containers.tags().add("c"));
    assertThrows(UnsupportedOperationException.class, () -> containers.ids().add(9));
    assertThrows(UnsupportedOperationException.class, () -> containers.stock().put("q", 1));
  }

  @Test
  void sealedInterfaceReadsAsTheOneRecordTheAnswerFits() {
    Drawing drawing = StructuredJson.read("{\"shapes\":[{\"radius\":1.5},{\"side\":2},"
        + "{\"side\":3,\"label\":\"big\"}],\"background\":{\"side\":10}}", Drawing.class);
    assertEquals(new Drawing(
        List.of(new Circle(1.5), new Square(2, Optional.empty()), new Square(3, Optional.of("big"))),
        new Square(10, Optional.empty())), drawing);
  }

  @Test
  void sealedInterfaceWithDiscriminatorReadsTheTaggedRecord() {
    assertEquals(new KeyPress("a", true),
        StructuredJson.read("{\"kind\":\"key\",\"key\":\"a\",\"shift\":true}", Event.class));
    assertEquals(new Click(3, 4),
        StructuredJson.read("{\"x\":3,\"kind\":\"Click\",\"y\":4}", Event.class));
  }

  @Test
  void genericRootReadsThroughATypeToken() {
    Page<Item> page = StructuredJson.read("{\"items\":[{\"name\":\"a\"}],\"total\":1}",
        new TypeToken<Page<Item>>() {});
    assertEquals(new Page<>(List.of(new Item("a")), Optional.empty(), 1), page);
    assertEquals(List.of(new Item("b")),
        StructuredJson.read("[{\"name\":\"b\"}]", new TypeToken<List<Item>>() {}));
  }

  @Test
  void plainClassFieldsAreSetIncludingTheSuperclasses() {
    Account account = StructuredJson.read("{\"id\":\"123e4567-e89b-12d3-a456-426614174000\","
        + "\"owner\":\"o\",\"roles\":[\"admin\"],\"credit\":null}", Account.class);
    assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), account.id);
    assertEquals("o", account.owner);
    assertEquals(List.of("admin"), account.roles);
    assertNull(account.credit);
    assertNull(account.cache);
  }

  @Test
  void unknownPropertiesAreIgnored() {
    assertEquals(new Item("a"),
        StructuredJson.read("{\"name\":\"a\",\"extra\":{\"deep\":[1,2]},\"more\":null}", Item.class));
  }

  static Stream<Arguments> answersThatDoNotFit() {
    return Stream.of(
        misfit("invalid JSON", Item.class, "{\"name\": ", null, "not valid JSON"),
        misfit("empty text", Item.class, "", null, "the text is empty"),
        misfit("blank text", Item.class, "  \n\t", null, "the text is empty"),
        misfit("JSON with a comment (not strict)", Item.class, "{\"name\":\"a\"} // done", null,
            "more text follows the JSON document"),
        misfit("a second document", Item.class, "{\"name\":\"a\"}{\"name\":\"b\"}", null,
            "more text follows the JSON document"),
        misfit("single quotes", Item.class, "{'name':'a'}", null, "not valid JSON"),
        misfit("a number for a string", Item.class, "{\"name\":3}", "$.name",
            "expected a string, found the number 3"),
        misfit("a missing required property", Item.class, "{}", "$.name",
            "the required property is missing"),
        misfit("null for a required property", Item.class, "{\"name\":null}", "$.name",
            "expected a value, found null"),
        misfit("a missing nullable property (still required)", Presence.class,
            "{\"primitive\":1,\"boxedFlag\":true,\"plain\":\"p\",\"annotatedNullable\":null}",
            "$.boxed", "the required property is missing"),
        misfit("null for the root object", Item.class, "null", "$",
            "expected an object, found null"),
        misfit("an unknown enum constant", Weather.class,
            "{\"today\":\"sunny\",\"tomorrow\":\"clear\",\"yesterday\":null}", "$.today",
            "unknown Sky constant the string \"sunny\"; expected one of [clear, partly-cloudy, STORMY]"),
        misfit("an enum's Java name instead of its JSON name", Weather.class,
            "{\"today\":\"CLEAR\",\"tomorrow\":\"clear\",\"yesterday\":null}", "$.today",
            "unknown Sky constant"),
        misfit("a fraction for an integer", Line.class,
            "{\"product\":{\"sku\":\"a\",\"price\":1},\"quantity\":2.5}", "$.quantity",
            "expected an integer, found the number 2.5"),
        misfit("a string holding a number", Line.class,
            "{\"product\":{\"sku\":\"a\",\"price\":\"1\"},\"quantity\":2}", "$.product.price",
            "expected a number, found the string \"1\""),
        misfit("an integer out of range", Scalars.class, allScalarsWith("\"tiny\":-128", "\"tiny\":300"),
            "$.tiny", "the number 300 is out of range for byte"),
        misfit("a double out of range", Scalars.class, allScalarsWith("\"score\":1e-3", "\"score\":1e400"),
            "$.score", "the number 1e400 is out of range for double"),
        misfit("an impossible date", Scalars.class,
            allScalarsWith("\"day\":\"2024-02-29\"", "\"day\":\"2023-02-29\""), "$.day",
            "expected a date string (LocalDate), found the string \"2023-02-29\""),
        misfit("a time without the offset OffsetTime needs", Scalars.class,
            allScalarsWith("\"atOffset\":\"10:15:30+01:00\"", "\"atOffset\":\"10:15:30\""),
            "$.atOffset", "expected a time string (OffsetTime)"),
        misfit("a uuid not in canonical form", Scalars.class,
            allScalarsWith("\"id\":\"123e4567-e89b-12d3-a456-426614174000\"", "\"id\":\"1-1-1-1-1\""),
            "$.id", "expected a uuid string, found the string \"1-1-1-1-1\""),
        misfit("two characters for a char", Scalars.class,
            allScalarsWith("\"letter\":\"x\"", "\"letter\":\"xy\""), "$.letter",
            "expected a single character, found the string \"xy\""),
        misfit("a null list element", new TypeToken<Page<Item>>() {}.getType(),
            "{\"items\":[{\"name\":\"a\"},null],\"total\":2}", "$.items[1]",
            "expected a value, found null"),
        misfit("an object where an array belongs", new TypeToken<Page<Item>>() {}.getType(),
            "{\"items\":{},\"total\":0}", "$.items", "expected an array, found an object"),
        misfit("an answer no alternative fits", Drawing.class,
            "{\"shapes\":[{\"diameter\":3}],\"background\":{\"side\":1}}", "$.shapes[0]",
            "fits none of Shape's alternatives (Circle, Square)"),
        misfit("an alternative with a value of the wrong type", Drawing.class,
            "{\"shapes\":[{\"radius\":\"big\"}],\"background\":{\"side\":1}}", "$.shapes[0].radius",
            "expected a number, found the string \"big\""),
        misfit("an answer two alternatives fit", Marker.class, "{}", "$",
            "fits several of Marker's alternatives (Dot, Spot) and cannot be told apart;"
                + " add @Discriminator to Marker"),
        misfit("an unknown discriminator", Event.class, "{\"kind\":\"scroll\",\"x\":1,\"y\":2}",
            "$.kind", "unknown discriminator the string \"scroll\"; expected one of [Click, key]"),
        misfit("a missing discriminator", Event.class, "{\"x\":1,\"y\":2}", "$.kind",
            "the discriminator is missing; expected one of [Click, key]"),
        misfit("values the constructor rejects", Positive.class, "{\"value\":-1}", "$",
            "Positive rejected the values: java.lang.IllegalArgumentException:"
                + " value must not be negative: -1"));
  }

  private static Arguments misfit(String what, Type type, String json, String path, String reason) {
    return Arguments.of(what, type, json, path, reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answersThatDoNotFit")
  void answerThatDoesNotFitFailsWithReasonPathAndRawText(String what, Type type, String json,
      String path, String reason) {
    StructuredOutputException failure = assertThrows(StructuredOutputException.class,
        () -> StructuredJson.read(json, TypeToken.get(type)));
    assertEquals(json, failure.rawText());
    assertEquals(Optional.ofNullable(path), failure.jsonPath());
    assertTrue(failure.reason().startsWith(reason),
        "expected reason <" + reason + "...>, was <" + failure.reason() + ">");
    assertTrue(failure.getMessage().contains(reason), failure.getMessage());
    assertTrue(failure.getMessage().contains(json.substring(0, Math.min(300, json.length()))),
        failure.getMessage());
    assertEquals(GenericTypes.displayName(GenericTypes.resolve(type, Map.of())), failure.targetType());
  }

  @Test
  void constructorRejectionKeepsTheCause() {
    StructuredOutputException failure = assertThrows(StructuredOutputException.class,
        () -> StructuredJson.read("{\"value\":-5}", Positive.class));
    assertInstanceOf(IllegalArgumentException.class, failure.getCause());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textsThatAreNotJson")
  void invalidJsonSaysWhatIsWrongAndWhereInOurWordsNotGsons(String text, String what) {
    StructuredOutputException failure = assertThrows(StructuredOutputException.class,
        () -> StructuredJson.read(text, Item.class));
    assertEquals(text, failure.rawText());
    assertTrue(failure.reason().startsWith("not valid JSON: " + what), failure.reason());
    assertTrue(failure.reason().contains(" at line 1 column "), failure.reason());
    assertTrue(failure.getMessage().startsWith("Cannot read Item from the model's output: "),
        failure.getMessage());
    java.io.StringWriter trace = new java.io.StringWriter();
    failure.printStackTrace(new java.io.PrintWriter(trace));
    for (String gsons : List.of("setStrictness", "LENIENT", "JsonReader", "Troubleshooting")) {
      assertTrue(!trace.toString().contains(gsons), "<" + gsons + "> in " + trace);
    }
  }

  static Stream<Arguments> textsThatAreNotJson() {
    return Stream.of(
        Arguments.of("{\"name\": tru}", "something strict JSON does not allow"),
        Arguments.of("{'name':'a'}", "something strict JSON does not allow"),
        Arguments.of("Sure! {\"name\":\"a\"}", "the text does not start with a JSON value"),
        Arguments.of("```json\n{\"name\":\"a\"}\n```", "the text does not start with a JSON value"),
        Arguments.of("{\"name\": ", "the text ends before the JSON does"),
        Arguments.of("{\"name\":\"a\",}", "expected a property name in double quotes"),
        Arguments.of("{\"name\" \"a\"}", "expected ':' after a property name"),
        Arguments.of("{\"name\":\"a\" \"b\":1}", "expected ',' or '}' after a property's value"),
        Arguments.of("{\"name\":\"a}", "a string is not closed"));
  }

  @Test
  void messageShowsTheStartOfALongTextButTheExceptionKeepsAllOfIt() {
    String json = "{\"name\":3,\"padding\":\"" + "x".repeat(5_000) + "\"}";
    StructuredOutputException failure =
        assertThrows(StructuredOutputException.class, () -> StructuredJson.read(json, Item.class));
    assertEquals(json, failure.rawText());
    assertTrue(failure.getMessage().length() < 600, failure.getMessage());
    assertTrue(failure.getMessage().contains("5023 chars"), failure.getMessage());
  }

  @Test
  void setReadsEachValueOnce() {
    Set<String> values = StructuredJson.read("[\"a\",\"b\",\"a\"]", new TypeToken<Set<String>>() {});
    assertEquals(List.of("a", "b"), List.copyOf(values));
  }

  /** A valid {@link Scalars} answer with one property replaced. */
  static String allScalarsWith(String original, String replacement) {
    String json = "{\"text\":\"t\",\"letter\":\"x\",\"flag\":true,\"count\":1,\"big\":2,"
        + "\"small\":3,\"tiny\":-128,\"huge\":5,\"ratio\":0.5,\"score\":1e-3,\"price\":1,"
        + "\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"day\":\"2024-02-29\","
        + "\"at\":\"10:15:30\",\"atOffset\":\"10:15:30+01:00\",\"moment\":\"2024-02-29T10:15:30Z\","
        + "\"stamped\":\"2024-02-29T10:15:30+05:30\",\"zoned\":\"2024-02-29T10:15:30Z\"}";
    if (!json.contains(original)) {
      throw new IllegalArgumentException("no " + original + " in " + json);
    }
    return json.replace(original, replacement);
  }
}
