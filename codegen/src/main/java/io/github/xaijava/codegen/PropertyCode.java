package io.github.xaijava.codegen;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * The Java the model templates paste for one property (part of {@link AnnotateModels}): how
 * the type adapter reads and writes it, how the accessor hands it out, how the builder copies
 * it in and the model freezes it. Decided here, from the property's codec and access kind, so
 * the templates stay free of type logic.
 */
final class PropertyCode {

  private static final String SUPPORT = "io.github.xaijava.generated.support.";

  private PropertyCode() {
  }

  /**
   * Adds the expressions to {@code property}, which {@link AnnotateModels} has given its
   * {@code x-xai-pascal}, types and (for a constant) {@code x-xai-constant}.
   */
  static void add(String json, JsonObject property, String codec, String access) {
    String adapterField = "a" + property.get("x-xai-pascal").getAsString();
    String read;
    String[] write;
    switch (codec) {
      case "string" -> read = SUPPORT + "ModelJson.readString(in)";
      case "integer" -> read = SUPPORT + "ModelJson.readInteger(in)";
      case "long" -> read = SUPPORT + "ModelJson.readLong(in)";
      case "double" -> read = SUPPORT + "ModelJson.readDouble(in)";
      case "boolean" -> read = SUPPORT + "ModelJson.readBoolean(in)";
      case "json" -> read = SUPPORT + "ModelJson.readJson(in)";
      case "jsonObject" -> read = SUPPORT + "ModelJson.readJsonObject(in)";
      case "list" -> read = SUPPORT + "ModelJson.readList(in, " + adapterField + ")";
      case "map" -> read = SUPPORT + "ModelJson.readMap(in, " + adapterField + ")";
      default -> read = adapterField + ".read(in)";
    }
    switch (codec) {
      case "string", "integer", "long", "double", "boolean" -> write = new String[] {"out.value(", ")"};
      case "json", "jsonObject" -> write = new String[] {SUPPORT + "ModelJson.writeElement(out, ", ")"};
      case "list" -> write = new String[] {SUPPORT + "ModelJson.writeList(out, " + adapterField + ", ", ")"};
      case "map" -> write = new String[] {SUPPORT + "ModelJson.writeMap(out, " + adapterField + ", ", ")"};
      default -> write = new String[] {adapterField + ".write(out, ", ")"};
    }
    String quoted = new Gson().toJson(json);
    String[] get = switch (access) {
      case "plain" -> new String[] {SUPPORT + "ModelValues.require(", ", this, " + quoted + ")"};
      case "plainJson" -> new String[] {SUPPORT + "ModelValues.requireJson(", ", this, " + quoted + ")"};
      case "optional" -> new String[] {"java.util.Optional.ofNullable(", ")"};
      case "optionalJson" -> new String[] {SUPPORT + "ModelValues.optionalJson(", ")"};
      case "optionalInt" -> new String[] {SUPPORT + "ModelValues.optionalInt(", ")"};
      case "optionalLong" -> new String[] {SUPPORT + "ModelValues.optionalLong(", ")"};
      case "optionalDouble" -> new String[] {SUPPORT + "ModelValues.optionalDouble(", ")"};
      case "list" -> new String[] {SUPPORT + "ModelValues.list(", ")"};
      case "map" -> new String[] {SUPPORT + "ModelValues.map(", ")"};
      default -> new String[] {"", ""};
    };
    boolean container = codec.equals("list") || codec.equals("map");
    boolean tree = codec.equals("json") || codec.equals("jsonObject");
    String[] freeze = container ? new String[] {SUPPORT + "ModelValues.freeze(", ")"} : new String[] {"", ""};
    String[] copyIn = container || tree ? new String[] {SUPPORT + "ModelValues.copyIn(", ")"} : new String[] {"", ""};
    if (property.has("x-xai-constant")) {
      read = SUPPORT + "ModelJson.readString(in, "
          + new Gson().toJson(property.get("x-xai-constant").getAsString()) + ")";
    }
    property.addProperty("x-xai-read", read);
    property.addProperty("x-xai-write-prefix", write[0]);
    property.addProperty("x-xai-write-suffix", write[1]);
    property.addProperty("x-xai-get-prefix", get[0]);
    property.addProperty("x-xai-get-suffix", get[1]);
    property.addProperty("x-xai-freeze-prefix", freeze[0]);
    property.addProperty("x-xai-freeze-suffix", freeze[1]);
    property.addProperty("x-xai-copy-prefix", copyIn[0]);
    property.addProperty("x-xai-copy-suffix", copyIn[1]);
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
