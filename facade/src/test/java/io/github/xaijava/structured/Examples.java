package io.github.xaijava.structured;

import com.google.gson.annotations.SerializedName;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** Java types that the schema and reader tests share, one per supported shape. */
final class Examples {

  private Examples() {
  }

  /** Stands for JSpecify's, JSR-305's...: matched by its simple name. */
  @Retention(RetentionPolicy.RUNTIME)
  @interface Nullable {
  }

  record Scalars(
      String text,
      char letter,
      boolean flag,
      int count,
      long big,
      short small,
      byte tiny,
      BigInteger huge,
      float ratio,
      double score,
      BigDecimal price,
      UUID id,
      LocalDate day,
      LocalTime at,
      OffsetTime atOffset,
      Instant moment,
      OffsetDateTime stamped,
      ZonedDateTime zoned) {
  }

  record Presence(
      int primitive,
      Integer boxed,
      Boolean boxedFlag,
      String plain,
      @Nullable String annotatedNullable,
      Optional<String> maybe,
      Optional<Integer> maybeBoxed,
      OptionalInt maybeInt,
      OptionalLong maybeLong,
      OptionalDouble maybeDouble) {
  }

  @Description("How the sky looks")
  enum Sky {
    @JsonName("clear") CLEAR,
    @SerializedName("partly-cloudy") PARTLY_CLOUDY,
    @Description("rain or snow") STORMY
  }

  record Weather(Sky today, @Description("Tomorrow's sky") Sky tomorrow, @Nullable Sky yesterday,
      Optional<Sky> nextWeek) {
  }

  @Description("A person, as the model describes them")
  record Person(
      @JsonName("full_name") @Description("Given and family name") String fullName,
      @SerializedName("birth_year") int birthYear,
      @JsonName("nick") @SerializedName("ignored_when_json_name_is_there") Optional<String> nickname,
      @Description("Languages spoken, best first") List<String> languages) {
  }

  record Address(String street, String city, @JsonName("postal_code") String postalCode) {
  }

  @Description("A buyer")
  record Customer(String name, Address home) {
  }

  record Product(String sku, BigDecimal price) {
  }

  record Line(Product product, int quantity) {
  }

  record Order(
      Customer customer,
      List<Line> lines,
      @Description("Where the invoice goes") Address billing,
      Optional<Address> shipping,
      @Nullable Address pickup) {
  }

  static final class Billing {
    private Billing() {
    }

    record Address(String iban) {
    }
  }

  static final class Shipping {
    private Shipping() {
    }

    record Address(String street, String country) {
    }
  }

  record Parcel(Billing.Address payer, Shipping.Address destination, Address sender) {
  }

  record Containers(
      List<String> tags,
      Set<Integer> ids,
      Collection<Double> scores,
      String[] words,
      int[] counts,
      List<List<String>> grid,
      Map<String, Integer> stock,
      Map<String, Product> catalog,
      List<? extends Product> featured) {
  }

  sealed interface Shape permits Circle, Square {
  }

  @Description("A round shape")
  record Circle(double radius) implements Shape {
  }

  record Square(double side, Optional<String> label) implements Shape {
  }

  record Drawing(List<Shape> shapes, @Description("Behind everything") Shape background) {
  }

  @Discriminator("kind")
  @Description("Something the user did")
  sealed interface Event permits Click, KeyPress {
  }

  record Click(int x, int y) implements Event {
  }

  @JsonName("key")
  record KeyPress(String key, boolean shift) implements Event {
  }

  record Page<T>(List<T> items, Optional<String> nextCursor, int total) {
  }

  record Item(String name) {
  }

  record Box<T>(T value) {
  }

  record Pair(Box<String> label, Box<Integer> count, Box<String> again) {
  }

  /** A plain class: fields, superclass's first, generic superclass resolved. */
  static class Entity<K> {
    K id;
    transient String cache;
    static String ignored = "static";
  }

  static final class Account extends Entity<UUID> {
    String owner;
    List<String> roles;
    Integer credit;
  }
}
