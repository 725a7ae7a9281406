package io.github.xaijava.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * Text from the document made safe inside a Javadoc comment: xAI's descriptions are Markdown
 * with HTML-significant characters, {@code @}s and braces that would otherwise break the
 * comment or the javadoc tool.
 */
final class Javadoc {

  private Javadoc() {
  }

  /**
   * A description as Javadoc: HTML-significant characters escaped, {@code `code`} spans as
   * {@code {@code ...}}; {@code fallback} when there is none ({@code ""} for null).
   */
  static String of(JsonElement description, String fallback) {
    if (description == null || !description.isJsonPrimitive()
        || description.getAsString().isBlank()) {
      return fallback == null ? "" : fallback;
    }
    String text = description.getAsString().strip();
    StringBuilder out = new StringBuilder();
    boolean code = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '`') {
        out.append(code ? "}" : "{@code ");
        code = !code;
        continue;
      }
      switch (c) {
        case '<' -> out.append(code ? "<" : "&lt;");
        case '>' -> out.append(code ? ">" : "&gt;");
        case '&' -> out.append(code ? "&" : "&amp;");
        case '@' -> out.append(code ? "@" : "&#64;");
        case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "*&#47;" : "*");
        case '{', '}' -> out.append(code ? String.valueOf(c) : (c == '{' ? "&#123;" : "&#125;"));
        case '\\' -> out.append("&#92;");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    if (code) {
      out.append('}');
    }
    return out.toString();
  }

  /** A literal (a JSON name, a default) escaped for use inside {@code {@code ...}}. */
  static String escape(String text) {
    return of(new JsonPrimitive(text.replace("`", "'")), "");
  }
}
