package io.github.xaijava.structured;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import io.github.xaijava.structured.Examples.Page;
import java.lang.reflect.Type;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Types the schema subset cannot express fail while the schema is built, naming the root type,
 * the path to the offending spot and what to do instead.
 */
class JsonSchemaRefusalTest {

  record Node(String name, List<Node> children) {
  }

  record Employee(String name, Department department) {
  }

  record Department(List<Employee> staff) {
  }

  sealed interface Expr permits Num, Add {
  }

  record Num(double value) implements Expr {
  }

  record Add(Expr left, Expr right) implements Expr {
  }

  record Loose(Object value) {
  }

  record ByNumber(Map<Integer, String> names) {
  }

  @SuppressWarnings("rawtypes")
  record RawList(List values) {
  }

  @SuppressWarnings("rawtypes")
  record RawMap(Map values) {
  }

  record Unbounded(List<?> things) {
  }

  record LowerBound(List<? super Examples.Item> things) {
  }

  record OptionalElements(List<Optional<String>> values) {
  }

  interface Animal {
  }

  record Zoo(Animal star) {
  }

  abstract static class Vehicle {
  }

  record Garage(Vehicle car) {
  }

  record Meeting(LocalDateTime at) {
  }

  record FreeForm(JsonObject extra) {
  }

  sealed interface Fleet permits Truck, Bike {
  }

  static final class Truck implements Fleet {
  }

  record Bike(int gears) implements Fleet {
  }

  record Twice(@JsonName("x") int a, int x) {
  }

  sealed interface Pet permits Cat, Dog {
  }

  record Cat(String name) implements Pet {
  }

  record Dog(String name) implements Pet {
  }

  @Discriminator("kind")
  sealed interface Tagged permits Labelled {
  }

  record Labelled(String kind) implements Tagged {
  }

  @Discriminator("type")
  sealed interface SameTag permits First, Second {
  }

  @JsonName("x")
  record First(int a) implements SameTag {
  }

  @JsonName("x")
  record Second(String b) implements SameTag {
  }

  class Inner {
    String value;
  }

  record HoldsInner(Inner inner) {
  }

  static final class NoDefaultConstructor {
    final String value;

    NoDefaultConstructor(String value) {
      this.value = value;
    }
  }

  record HoldsNoDefault(NoDefaultConstructor thing) {
  }

  sealed interface Result<T> permits Ok {
  }

  record Ok<T>(T value) implements Result<T> {
  }

  record HoldsResult(Result<String> result) {
  }

  record EmptyName(@JsonName("") String value) {
  }

  record Concrete(ArrayList<String> items) {
  }

  enum Nothing {
  }

  record HoldsNothing(Nothing nothing) {
  }

  static Stream<Arguments> refusedTypes() {
    return Stream.of(
        refused("a type that contains itself names the path of the cycle", Node.class,
            "Node: it contains itself through Node.children[] -> Node"),
        refused("an indirect cycle names every step", Employee.class,
            "Employee.department -> Department.staff[] -> Employee"),
        refused("a cycle through a sealed interface names it", Expr.class,
            "Expr -> Add.left -> Expr"),
        refused("Object", Loose.class, "Loose at Loose.value: Object says nothing"),
        refused("a map key other than String", ByNumber.class,
            "at ByNumber.names: map keys must be String, as JSON object keys are; found Integer"),
        refused("a raw List", RawList.class, "at RawList.values: raw List"),
        refused("a raw Map", RawMap.class, "at RawMap.values: raw Map"),
        refused("a generic root passed as a raw class", Page.class,
            "Page at Page.items[]: type variable T of Page is not bound"),
        refused("an unbounded wildcard", Unbounded.class,
            "at Unbounded.things[]: unbounded wildcard"),
        refused("a lower-bounded wildcard", LowerBound.class,
            "at LowerBound.things[]: wildcard ? super Item has no upper bound"),
        refused("Optional outside a property", OptionalElements.class,
            "at OptionalElements.values[]: Optional only fits a property"),
        refused("an Optional root", new TypeToken<Optional<String>>() {}.getType(),
            "Optional only fits a property"),
        refused("an interface that is not sealed", Zoo.class,
            "at Zoo.star: Animal is an interface or abstract class"),
        refused("an abstract class", Garage.class, "Vehicle is an interface or abstract class"),
        refused("LocalDateTime, which has no offset", Meeting.class,
            "no JSON schema for java.time.LocalDateTime; the date-time format needs an offset"),
        refused("free-form JSON", FreeForm.class, "free-form JSON (JsonObject)"),
        refused("a JDK type without a mapping", Runnable.class, "no JSON schema for java.lang.Runnable"),
        refused("a sealed interface permitting a class", Fleet.class,
            "permitted subtype Truck of Fleet is not a record"),
        refused("two properties with one JSON name", Twice.class,
            "two properties share the JSON name 'x'"),
        refused("alternatives that no answer can tell apart", Pet.class,
            "Cat and Dog of Pet have the same properties"),
        refused("a property named like the discriminator", Tagged.class,
            "property 'kind' clashes with the discriminator"),
        refused("two alternatives with the same discriminator value", SameTag.class,
            "First and Second have the same discriminator value 'x'"),
        refused("an inner class", HoldsInner.class, "needs an enclosing instance"),
        refused("a plain class without a no-argument constructor", HoldsNoDefault.class,
            "NoDefaultConstructor has no no-argument constructor"),
        refused("a generic sealed interface", HoldsResult.class,
            "generic sealed interface Result is not supported"),
        refused("an empty JSON name", EmptyName.class, "'value' has an empty JSON name"),
        refused("a concrete collection class", Concrete.class,
            "declare ArrayList<String> as List, Set, Collection or Map<String, V>"),
        refused("an enum without constants", HoldsNothing.class, "enum Nothing has no constants"));
  }

  private static Arguments refused(String what, Type type, String messagePart) {
    return Arguments.of(what, type, messagePart);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedTypes")
  void refusedWhileBuildingTheSchema(String what, Type type, String messagePart) {
    IllegalArgumentException refusal =
        assertThrows(IllegalArgumentException.class, () -> JsonSchema.of(type));
    assertTrue(refusal.getMessage().startsWith("Cannot build a JSON schema for "),
        refusal.getMessage());
    assertTrue(refusal.getMessage().contains(messagePart),
        "expected <" + messagePart + "> in <" + refusal.getMessage() + ">");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedTypes")
  void readerRefusesTheSameTypesBeforeReadingAnything(String what, Type type, String messagePart) {
    IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
        () -> StructuredJson.read("{}", TypeToken.get(type)));
    assertTrue(refusal.getMessage().contains(messagePart), refusal.getMessage());
  }
}
