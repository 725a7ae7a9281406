package io.github.xaijava.codegen;

import java.util.Locale;
import java.util.Set;

/** Java names derived from JSON and schema names, the way the generator derives them. */
final class Names {

  /** Words the generator refuses as model names; it prefixes them with {@code Model}. */
  private static final Set<String> RESERVED = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
      "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
      "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
      "transient", "try", "void", "volatile", "while", "object", "list", "file", "string",
      "localvarpath", "localvarqueryparams", "localvarcollectionqueryparams",
      "localvarheaderparams", "localvarcookieparams", "localvarformparams", "localvarpostbody",
      "localvaraccepts", "localvaraccept", "localvarcontenttypes", "localvarcontenttype",
      "localvarauthnames", "localreturntype", "apiclient", "apiexception", "apiresponse",
      "configuration", "stringutil");

  /** Members every model class has already: an accessor named so gets {@code Value} appended. */
  private static final Set<String> MEMBERS = Set.of(
      "builder", "toBuilder", "extraProperties", "extraProperty", "toString", "hashCode",
      "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  /** Words no field may be named: such a field gets {@code _} appended. */
  private static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
      "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
      "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
      "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "record",
      "yield", "sealed", "permits", "_");

  private static final java.util.Map<String, String> IRREGULAR = java.util.Map.of(
      "aliases", "alias", "statuses", "status", "indices", "index", "data", "data",
      "metadata", "metadata", "media", "media", "responses", "response", "bytes", "byte");

  private Names() {
  }

  /** {@code web_search} → {@code WebSearch}, {@code input-text} → {@code InputText}. */
  static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
        continue;
      }
      if (out.length() == 0 && Character.isDigit(c)) {
        out.append('N');
      }
      out.append(upper ? Character.toUpperCase(c) : c);
      upper = false;
    }
    return out.toString();
  }

  /** The accessor name the generator gives a JSON property ({@code nameInCamelCase}). */
  static String camel(String jsonName) {
    String pascal = pascal(jsonName);
    return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
  }

  /** The accessor our model templates give a JSON property: camel case, clear of members. */
  static String accessor(String jsonName) {
    String camel = camel(jsonName);
    return MEMBERS.contains(camel) ? camel + "Value" : camel;
  }

  /** The field our model templates give a JSON property: camel case, clear of keywords. */
  static String field(String jsonName) {
    String camel = camel(jsonName);
    return KEYWORDS.contains(camel) ? camel + "_" : camel;
  }

  /** The class name the generator gives a schema name. */
  static String javaModelName(String schemaName) {
    String pascal = pascal(schemaName);
    return RESERVED.contains(pascal.toLowerCase(Locale.ROOT)) ? "Model" + pascal : pascal;
  }

  /**
   * The singular of a plural property name, for {@code addX(...)} builder methods:
   * {@code messages} → {@code message}, {@code choices} → {@code choice}, {@code stop} → {@code
   * stop}. Only English plurals that the document uses are handled; anything else is kept.
   */
  static String singular(String camel) {
    String irregular = IRREGULAR.get(camel);
    if (irregular != null) {
      return irregular;
    }
    if (camel.endsWith("ies") && camel.length() > 4) {
      return camel.substring(0, camel.length() - 3) + "y";
    }
    if (camel.endsWith("sses") || camel.endsWith("xes") || camel.endsWith("ches")
        || camel.endsWith("shes")) {
      return camel.substring(0, camel.length() - 2);
    }
    if (camel.endsWith("s") && !camel.endsWith("ss") && !camel.endsWith("us")
        && camel.length() > 2) {
      return camel.substring(0, camel.length() - 1);
    }
    return camel;
  }
}
