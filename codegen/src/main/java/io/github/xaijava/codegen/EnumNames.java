package io.github.xaijava.codegen;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.Map;

/**
 * Readable constant names for enum values that are not Java identifiers ({@code 16:9} →
 * {@code RATIO_16_9}), from the {@code enumNames} rules: an enum with such a value gets
 * {@code x-enum-varnames} (openapi-generator's names for the constants), its other values
 * named as the generator would name them. Enums without such a value are left to the generator.
 */
final class EnumNames {

  private final ShapingContext context;

  EnumNames(ShapingContext context) {
    this.context = context;
  }

  void apply() {
    Map<String, String> names = context.rules().enumNames;
    for (Map.Entry<String, JsonElement> c : context.components().entrySet()) {
      JsonObject schema = c.getValue().getAsJsonObject();
      JsonElement values = schema.get("enum");
      if (values == null || !values.isJsonArray() || !mentions(values.getAsJsonArray(), names)) {
        continue;
      }
      JsonArray constants = new JsonArray();
      for (JsonElement value : values.getAsJsonArray()) {
        String text = value.getAsString();
        constants.add(names.getOrDefault(text, generatorName(text)));
      }
      schema.add("x-enum-varnames", constants);
    }
  }

  private static boolean mentions(JsonArray values, Map<String, String> names) {
    for (JsonElement value : values) {
      if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
          && names.containsKey(value.getAsString())) {
        return true;
      }
    }
    return false;
  }

  /** The name openapi-generator's Java generator gives a plain value: {@code in_progress} → {@code IN_PROGRESS}. */
  static String generatorName(String value) {
    String name = value.replaceAll("\\W+", "_").toUpperCase(Locale.ROOT);
    return name.isEmpty() ? "EMPTY" : Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }
}
