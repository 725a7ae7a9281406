package io.github.xaijava.generated.support;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one form of a union looks like in JSON, worked out once from its Java type.
 *
 * <p>Scores: negative means "cannot be this form"; among objects, a matching one-value enum
 * property beats a match on property names, which beats a bare object.
 */
final class UnionForm {

  private enum Kind { STRING, BOOLEAN, NUMBER, ARRAY, OBJECT, MAP, UNION, ANY }

  private static final int DISCRIMINATED = 1000;

  final int variant;
  private final TypeToken<?> token;
  private final Gson gson;
  private final Kind kind;
  /** For ARRAY: the element type. */
  private final Type elementType;
  /** For OBJECT: wire names of every property the class declares. */
  private final Set<String> propertyNames = new HashSet<>();
  /** For OBJECT: properties the document marks required (besides discriminators). */
  private final Set<String> requiredNames = new HashSet<>();
  /** For OBJECT: one-value enum properties, name to wire value. */
  private final JsonObject discriminators = new JsonObject();
  /**
   * For an object with a single property named like a Rust enum variant ({@code "String"},
   * {@code "IntsArray"}): the document describes a tagged form, the wire carries the value alone.
   */
  private final String wrappedProperty;
  private final UnionForm wrapped;

  // Set lazily (Gson may still be building the adapter when this form is created); volatile
  // because one Gson, and so this form, serves many threads.
  private volatile TypeAdapter<Object> adapter;
  private volatile UnionForm elementForm;

  UnionForm(int variant, TypeToken<?> token, Gson gson) {
    this.variant = variant;
    this.token = token;
    this.gson = gson;
    Class<?> raw = token.getRawType();
    Type type = token.getType();
    String wrappedName = null;
    UnionForm wrappedForm = null;
    if (raw == String.class || raw == Character.class || raw.isEnum()) {
      kind = Kind.STRING;
      elementType = null;
    } else if (raw == Boolean.class || raw == boolean.class) {
      kind = Kind.BOOLEAN;
      elementType = null;
    } else if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != void.class)) {
      kind = Kind.NUMBER;
      elementType = null;
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      kind = Kind.ARRAY;
      elementType = elementTypeOf(type, raw);
    } else if (Map.class.isAssignableFrom(raw)) {
      kind = Kind.MAP;
      elementType = null;
    } else if (OneOf.class.isAssignableFrom(raw)) {
      kind = Kind.UNION;
      elementType = null;
    } else if (raw == Object.class || JsonElement.class.isAssignableFrom(raw)) {
      kind = Kind.ANY;
      elementType = null;
    } else {
      kind = Kind.OBJECT;
      elementType = null;
      Field only = null;
      int count = 0;
      for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
            continue;
          }
          SerializedName name = field.getAnnotation(SerializedName.class);
          String wireName = name != null ? name.value() : field.getName();
          propertyNames.add(wireName);
          count++;
          only = field;
          Object[] constants = field.getType().getEnumConstants();
          if (constants != null && constants.length == 1) {
            discriminators.add(wireName, new JsonPrimitive(wireValue((Enum<?>) constants[0])));
          } else if (field.isAnnotationPresent(Required.class)) {
            requiredNames.add(wireName);
          }
        }
      }
      if (count == 1 && discriminators.size() == 0) {
        String wireName = propertyNames.iterator().next();
        if (!wireName.isEmpty() && Character.isUpperCase(wireName.charAt(0))) {
          wrappedName = wireName;
          wrappedForm = new UnionForm(variant, TypeToken.get(only.getGenericType()), gson);
        }
      }
    }
    this.wrappedProperty = wrappedName;
    this.wrapped = wrappedForm;
  }

  private static Type elementTypeOf(Type type, Class<?> raw) {
    if (raw.isArray()) {
      return raw.getComponentType();
    }
    if (type instanceof ParameterizedType parameterized) {
      return parameterized.getActualTypeArguments()[0];
    }
    if (type instanceof GenericArrayType array) {
      return array.getGenericComponentType();
    }
    return Object.class;
  }

  private static String wireValue(Enum<?> constant) {
    try {
      SerializedName name =
          constant.getDeclaringClass().getField(constant.name()).getAnnotation(SerializedName.class);
      return name != null ? name.value() : constant.toString();
    } catch (NoSuchFieldException e) {
      return constant.toString();
    }
  }

  @SuppressWarnings("unchecked")
  private TypeAdapter<Object> adapter() {
    if (adapter == null) {
      adapter = (TypeAdapter<Object>) gson.getAdapter(token);
    }
    return adapter;
  }

  /** How well {@code json} fits this form; negative when it cannot be this form. */
  int score(JsonElement json) {
    if (wrapped != null) {
      return json.isJsonObject() && json.getAsJsonObject().has(wrappedProperty)
          ? 50
          : wrapped.score(json);
    }
    switch (kind) {
      case STRING:
        return isPrimitive(json, Kind.STRING) ? enumScore(json) : -1;
      case BOOLEAN:
        return isPrimitive(json, Kind.BOOLEAN) ? 10 : -1;
      case NUMBER:
        return isPrimitive(json, Kind.NUMBER) ? 10 : -1;
      case ARRAY:
        return json.isJsonArray() ? 10 + elementScore(json.getAsJsonArray()) : -1;
      case MAP:
        return json.isJsonObject() ? 5 : -1;
      case ANY:
        return 1;
      case UNION:
        TypeAdapter<Object> nested = adapter();
        if (nested instanceof OneOfAdapterFactory.UnionAdapter<?> union) {
          return union.bestScore(json);
        }
        return 1;
      case OBJECT:
      default:
        return json.isJsonObject() ? objectScore(json.getAsJsonObject()) : -1;
    }
  }

  private int enumScore(JsonElement json) {
    Class<?> raw = token.getRawType();
    if (!raw.isEnum()) {
      return 10;
    }
    String text = json.getAsString();
    for (Object constant : raw.getEnumConstants()) {
      if (wireValue((Enum<?>) constant).equals(text)) {
        return 20;
      }
    }
    return -1;
  }

  private int elementScore(JsonArray array) {
    if (array.isEmpty()) {
      return 0;
    }
    JsonElement first = array.get(0);
    if (elementForm == null) {
      elementForm = new UnionForm(variant, TypeToken.get(elementType), gson);
    }
    int score = elementForm.score(first);
    return score < 0 ? -20 : Math.min(score, 100) / 10;
  }

  private int objectScore(JsonObject object) {
    for (Map.Entry<String, JsonElement> expected : discriminators.entrySet()) {
      JsonElement actual = object.get(expected.getKey());
      if (actual != null && !actual.isJsonNull() && !actual.equals(expected.getValue())) {
        return -1;
      }
    }
    if (discriminators.size() == 0) {
      // Without a one-value enum, the required properties are what identify the form: an object
      // lacking one is another form, or a form this version does not know.
      for (String name : requiredNames) {
        if (!object.has(name)) {
          return -1;
        }
      }
    }
    int score = 10;
    for (Map.Entry<String, JsonElement> expected : discriminators.entrySet()) {
      if (object.has(expected.getKey())) {
        score += DISCRIMINATED;
      }
    }
    for (String name : object.keySet()) {
      score += propertyNames.contains(name) ? 3 : -1;
    }
    return Math.max(score, 0);
  }

  private static boolean isPrimitive(JsonElement json, Kind expected) {
    if (!json.isJsonPrimitive()) {
      return false;
    }
    JsonPrimitive primitive = json.getAsJsonPrimitive();
    switch (expected) {
      case STRING:
        return primitive.isString();
      case BOOLEAN:
        return primitive.isBoolean();
      default:
        return primitive.isNumber();
    }
  }

  /** Reads {@code json} as this form; throws when it does not fit. */
  Object read(JsonElement json) {
    if (wrapped != null) {
      if (json.isJsonObject() && json.getAsJsonObject().has(wrappedProperty)) {
        return adapter().fromJsonTree(json);
      }
      JsonObject tagged = new JsonObject();
      tagged.add(wrappedProperty, json);
      return adapter().fromJsonTree(tagged);
    }
    return adapter().fromJsonTree(json);
  }

  /** The JSON of {@code value}, held as this form. */
  JsonElement write(Object value) {
    JsonElement json = adapter().toJsonTree(value);
    if (wrapped != null && json.isJsonObject()) {
      JsonElement inner = json.getAsJsonObject().get(wrappedProperty);
      return inner != null ? inner : json;
    }
    if (json.isJsonObject()) {
      return OneOfAdapterFactory.withDiscriminatorsFirst(json.getAsJsonObject(), discriminators);
    }
    return json;
  }
}
