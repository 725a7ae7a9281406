package io.github.xaijava.structured;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.structured.Shape.Array;
import io.github.xaijava.structured.Shape.Dictionary;
import io.github.xaijava.structured.Shape.Enumeration;
import io.github.xaijava.structured.Shape.Obj;
import io.github.xaijava.structured.Shape.Presence;
import io.github.xaijava.structured.Shape.Property;
import io.github.xaijava.structured.Shape.Scalar;
import io.github.xaijava.structured.Shape.Union;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a {@link Shape} as JSON Schema in the subset xAI enforces. The root is written in place;
 * every object type and sealed interface below it goes once into {@code $defs}, in the order first
 * met, and is referenced as {@code {"$ref": "#/$defs/Name"}}.
 *
 * <p>A def is named after its type ({@code Address}, {@code PageOfItem}); a second, different
 * type with the same name is qualified by its enclosing class or package
 * ({@code Shipping_Address}), then numbered.
 */
final class SchemaWriter {

  private final String rootName;
  private final Map<Shape, String> defNames = new IdentityHashMap<>();
  private final Map<String, JsonObject> defs = new LinkedHashMap<>();
  private final Set<String> usedNames = new HashSet<>();

  private SchemaWriter(String rootName) {
    this.rootName = rootName;
  }

  static JsonObject write(Shape root, String rootName) {
    SchemaWriter writer = new SchemaWriter(rootName);
    JsonObject schema = root instanceof Obj obj ? writer.objectBody(obj)
        : root instanceof Union union ? writer.unionBody(union)
        : writer.schemaOf(root, Optional.empty());
    if (!writer.defs.isEmpty()) {
      JsonObject defs = new JsonObject();
      writer.defs.forEach(defs::add);
      schema.add("$defs", defs);
    }
    return schema;
  }

  /** The schema of a value of {@code shape}, with {@code description} for this use of it. */
  private JsonObject schemaOf(Shape shape, Optional<String> description) {
    JsonObject schema = new JsonObject();
    if (shape instanceof Scalar scalar) {
      schema.addProperty("type", scalar.jsonType());
      scalar.format().ifPresent(format -> schema.addProperty("format", format));
      description.ifPresent(text -> schema.addProperty("description", text));
    } else if (shape instanceof Enumeration enumeration) {
      schema.addProperty("type", "string");
      JsonArray values = new JsonArray();
      enumeration.constants().forEach(constant -> values.add(constant.jsonName()));
      schema.add("enum", values);
      description.or(() -> enumDescription(enumeration))
          .ifPresent(text -> schema.addProperty("description", text));
    } else if (shape instanceof Array array) {
      schema.addProperty("type", "array");
      schema.add("items", schemaOf(array.items(), Optional.empty()));
      description.ifPresent(text -> schema.addProperty("description", text));
    } else if (shape instanceof Dictionary dictionary) {
      schema.addProperty("type", "object");
      schema.add("additionalProperties", schemaOf(dictionary.values(), Optional.empty()));
      description.ifPresent(text -> schema.addProperty("description", text));
    } else {
      schema.addProperty("$ref", "#/$defs/" + define(shape));
      description.ifPresent(text -> schema.addProperty("description", text));
    }
    return schema;
  }

  private static Optional<String> enumDescription(Enumeration enumeration) {
    String constants = enumeration.constants().stream()
        .filter(constant -> constant.description().isPresent())
        .map(constant -> constant.jsonName() + ": " + constant.description().get())
        .collect(Collectors.joining("\n"));
    if (constants.isEmpty()) {
      return enumeration.description();
    }
    return Optional.of(enumeration.description().map(text -> text + "\n").orElse("") + constants);
  }

  /** The name of {@code shape}'s def, writing the def the first time. */
  private String define(Shape shape) {
    String known = defNames.get(shape);
    if (known != null) {
      return known;
    }
    Type type = shape instanceof Obj obj ? obj.type() : ((Union) shape).type();
    String name = freeName(type);
    defNames.put(shape, name);
    usedNames.add(name);
    defs.put(name, new JsonObject());
    defs.put(name, shape instanceof Obj obj ? objectBody(obj) : unionBody((Union) shape));
    return name;
  }

  private String freeName(Type type) {
    String base = GenericTypes.identifier(type);
    if (!usedNames.contains(base)) {
      return base;
    }
    Class<?> raw = GenericTypes.rawType(type);
    String qualifier = raw.getEnclosingClass() != null
        ? GenericTypes.identifier(raw.getEnclosingClass())
        : raw.getPackageName().substring(raw.getPackageName().lastIndexOf('.') + 1);
    String qualified = qualifier.isEmpty() ? base : qualifier + "_" + base;
    if (!usedNames.contains(qualified)) {
      return qualified;
    }
    for (int number = 2; ; number++) {
      if (!usedNames.contains(base + number)) {
        return base + number;
      }
    }
  }

  private JsonObject objectBody(Obj obj) {
    JsonObject schema = new JsonObject();
    schema.addProperty("type", "object");
    obj.description().ifPresent(text -> schema.addProperty("description", text));
    JsonObject properties = new JsonObject();
    JsonArray required = new JsonArray();
    obj.tag().ifPresent(tag -> {
      JsonObject constant = new JsonObject();
      constant.addProperty("type", "string");
      constant.addProperty("const", tag.value());
      properties.add(tag.property(), constant);
      required.add(tag.property());
    });
    for (Property property : obj.properties()) {
      JsonObject value = schemaOf(property.shape(), property.description());
      properties.add(property.jsonName(),
          property.presence() == Presence.NULLABLE ? nullable(value) : value);
      if (property.presence() != Presence.OPTIONAL) {
        required.add(property.jsonName());
      }
    }
    schema.add("properties", properties);
    schema.add("required", required);
    schema.addProperty("additionalProperties", false);
    return schema;
  }

  private JsonObject unionBody(Union union) {
    JsonObject schema = new JsonObject();
    union.description().ifPresent(text -> schema.addProperty("description", text));
    JsonArray anyOf = new JsonArray();
    Map<JsonElement, Obj> seen = new LinkedHashMap<>();
    for (Obj alternative : union.alternatives()) {
      JsonObject reference = schemaOf(alternative, Optional.empty());
      anyOf.add(reference);
      if (union.discriminator().isEmpty()) {
        JsonElement properties = defs.get(defNames.get(alternative)).get("properties");
        Obj twin = seen.putIfAbsent(properties, alternative);
        if (twin != null) {
          throw new IllegalArgumentException("Cannot build a JSON schema for " + rootName + ": "
              + twin.rawType().getSimpleName() + " and " + alternative.rawType().getSimpleName()
              + " of " + union.sealedType().getSimpleName() + " have the same properties, so no"
              + " answer can tell them apart; add @Discriminator to "
              + union.sealedType().getSimpleName());
        }
      }
    }
    schema.add("anyOf", anyOf);
    return schema;
  }

  /** {@code value} that may also be null: a type array where possible, else an anyOf. */
  private static JsonObject nullable(JsonObject value) {
    JsonElement type = value.get("type");
    if (type != null && type.isJsonPrimitive() && !value.has("enum")) {
      JsonObject schema = value.deepCopy();
      JsonArray types = new JsonArray();
      types.add(type);
      types.add("null");
      schema.add("type", types);
      return schema;
    }
    JsonObject schema = new JsonObject();
    JsonArray anyOf = new JsonArray();
    JsonObject withoutDescription = value.deepCopy();
    JsonElement description = withoutDescription.remove("description");
    anyOf.add(withoutDescription);
    JsonObject nullSchema = new JsonObject();
    nullSchema.addProperty("type", "null");
    anyOf.add(nullSchema);
    schema.add("anyOf", anyOf);
    if (description != null) {
      schema.add("description", description);
    }
    return schema;
  }
}
