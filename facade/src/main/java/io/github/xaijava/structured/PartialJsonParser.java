package io.github.xaijava.structured;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A forgiving recursive-descent parser for the start of a JSON document. It reads as far as the
 * text is valid JSON and closes what is still open. It never throws: at the end of the text, or at
 * the first character that cannot continue a JSON document, it stops and keeps what it has.
 *
 * <p>What is kept: complete values; a string cut short, as far as it goes (a half escape is left
 * out). What is left out: a key without a value yet, a number that the end of the text may still
 * be extending ({@code 12} could become {@code 123}; kept at the top level, where nothing else can
 * end it), and a literal cut short ({@code tru}). Nesting deeper than {@value #MAX_DEPTH} stops
 * the parse, as it does in Gson.
 */
final class PartialJsonParser {

  static final int MAX_DEPTH = 255;

  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final String text;
  private int pos;
  /** Set once the text has ended or gone wrong: every level then returns what it holds. */
  private boolean stopped;

  private PartialJsonParser(String text) {
    this.text = text;
  }

  static Optional<JsonElement> parse(String prefix) {
    return Optional.ofNullable(new PartialJsonParser(prefix).value(0));
  }

  /** The value starting here, or null when none could be read. */
  private JsonElement value(int depth) {
    skipWhitespace();
    if (atEnd()) {
      stopped = true;
      return null;
    }
    char c = text.charAt(pos);
    if ((c == '{' || c == '[') && depth >= MAX_DEPTH) {
      stopped = true;
      return null;
    }
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return new JsonPrimitive(string());
      case 't':
        return literal("true", new JsonPrimitive(true));
      case 'f':
        return literal("false", new JsonPrimitive(false));
      case 'n':
        return literal("null", JsonNull.INSTANCE);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number(depth == 0);
        }
        stopped = true;
        return null;
    }
  }

  private JsonObject object(int depth) {
    pos++;
    JsonObject object = new JsonObject();
    for (boolean first = true; anotherMember('}', first); first = false) {
      skipWhitespace();
      if (atEnd() || text.charAt(pos) != '"') {
        stopped = true;
        return object;
      }
      String key = string();
      if (stopped) {
        return object;
      }
      skipWhitespace();
      if (atEnd() || text.charAt(pos) != ':') {
        stopped = true;
        return object;
      }
      pos++;
      JsonElement value = value(depth + 1);
      if (value != null) {
        object.add(key, value);
      }
      if (stopped) {
        return object;
      }
    }
    return object;
  }

  private JsonArray array(int depth) {
    pos++;
    JsonArray array = new JsonArray();
    for (boolean first = true; anotherMember(']', first); first = false) {
      JsonElement value = value(depth + 1);
      if (value != null) {
        array.add(value);
      }
      if (stopped) {
        return array;
      }
    }
    return array;
  }

  /**
   * Moves to the next member of an open object or array, past its comma. False when there is
   * none: the container closed here, or the text ended or went wrong (then {@code stopped}).
   */
  private boolean anotherMember(char close, boolean first) {
    skipWhitespace();
    if (atEnd()) {
      stopped = true;
      return false;
    }
    char c = text.charAt(pos);
    if (c == close) {
      pos++;
      return false;
    }
    if (first) {
      return true;
    }
    if (c != ',') {
      stopped = true;
      return false;
    }
    pos++;
    return true;
  }

  /** The string starting at the quote here; when the text ends inside, as far as it went. */
  private String string() {
    pos++;
    StringBuilder out = new StringBuilder();
    while (!atEnd()) {
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        pos++;
        continue;
      }
      if (pos + 1 >= text.length()) {
        break;
      }
      char escaped = text.charAt(pos + 1);
      if (escaped == 'u') {
        if (pos + 6 > text.length()) {
          break;
        }
        String hex = text.substring(pos + 2, pos + 6);
        if (!hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
          break;
        }
        out.append((char) Integer.parseInt(hex, 16));
        pos += 6;
        continue;
      }
      int simple = "\"\\/bfnrt".indexOf(escaped);
      if (simple < 0) {
        break;
      }
      out.append("\"\\/\b\f\n\r\t".charAt(simple));
      pos += 2;
    }
    stopped = true;
    return out.toString();
  }

  private JsonElement literal(String word, JsonElement value) {
    for (int i = 0; i < word.length(); i++) {
      if (atEnd() || text.charAt(pos) != word.charAt(i)) {
        stopped = true;
        return null;
      }
      pos++;
    }
    return value;
  }

  private JsonElement number(boolean topLevel) {
    int start = pos;
    while (!atEnd() && "+-.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String token = text.substring(start, pos);
    if ((atEnd() && !topLevel) || !NUMBER.matcher(token).matches()) {
      stopped = true;
      return null;
    }
    // Gson's own parse, so that the number equals the one in a full parse of the document.
    return JsonParser.parseString(token);
  }

  private void skipWhitespace() {
    while (!atEnd()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private boolean atEnd() {
    return pos >= text.length();
  }
}
