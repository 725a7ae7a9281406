package io.github.xaijava.codegen;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * The data the model templates need beyond a property's codec and access kind (part of
 * {@link AnnotateModels}): its JSON name and constant as Java literals, whether the builder copies
 * it in, its adapter (field, type, type expression) and its builder parameter type. The Java that
 * reads, writes, hands out and copies a property is written in the templates
 * ({@code generated/src/main/templates/code}), chosen by the codec and access flags.
 */
final class PropertyCode {

  private PropertyCode() {
  }

  /**
   * Adds that data to {@code property}, which {@link AnnotateModels} has given its
   * {@code x-xai-pascal}, types and (for a constant) {@code x-xai-constant}.
   */
  static void add(String json, JsonObject property, String codec) {
    String adapterField = "a" + property.get("x-xai-pascal").getAsString();
    boolean container = codec.equals("list") || codec.equals("map");
    boolean tree = codec.equals("json") || codec.equals("jsonObject");
    // Lists, maps and JSON trees are copied in by the builder; the templates write the copy.
    property.addProperty("x-xai-copies", container || tree);
    String quoted = new Gson().toJson(json);
    property.addProperty("x-xai-json-literal", quoted);
    if (property.has("x-xai-constant")) {
      property.addProperty("x-xai-constant-literal", new Gson().toJson(property.get("x-xai-constant").getAsString()));
    }
    boolean needsAdapter = container || codec.equals("adapter");
    if (needsAdapter) {
      JsonObject adapter = new JsonObject();
      adapter.addProperty("field", adapterField);
      adapter.addProperty("type", container ? property.get("x-xai-item-type").getAsString()
          : property.get("x-xai-type").getAsString());
      adapter.addProperty("expr", container ? property.get("x-xai-item-type-expr").getAsString()
          : property.get("x-xai-type-expr").getAsString());
      property.add("x-xai-adapter", adapter);
    }
    if (codec.equals("list")) {
      property.addProperty("x-xai-param", "java.util.Collection<? extends " + property.get("x-xai-item-type").getAsString() + ">");
    } else if (codec.equals("map")) {
      property.addProperty("x-xai-param", "java.util.Map<String, ? extends " + property.get("x-xai-item-type").getAsString() + ">");
    }
  }
}
