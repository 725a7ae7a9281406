package io.github.xaijava.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * A strict JSON parser that remembers where each value ends, so that a request body that does not
 * fit its schema can be answered like xAI's server does ("... at line 1 column 42"). Integers stay
 * {@link Long} or {@link BigInteger}, other numbers {@link Double}: a schema check must tell {@code 1}
 * from {@code 1.0}, as serde does.
 */
public final class JsonText {
  private final String text;
  private final Map<String, int[]> ends = new HashMap<>();
  private int pos;
  private int line = 1;
  private int column;

  private JsonText(String text) {
    this.text = text;
  }

  /** A parsed document: its root and the line/column where the value at each path ends. */
  public record Parsed(JsonElement root, Map<String, int[]> ends) {
    /** "line L column C" of the end of the value at {@code path} ("" is the root). */
    public String where(String path) {
      int[] p = ends.get(path);
      if (p == null) {
        p = ends.getOrDefault("", new int[] {1, 0});
      }
      return "line " + p[0] + " column " + p[1];
    }
  }

  /** Thrown for text that is not one JSON document; the message is serde_json's wording. */
  public static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxException(String message) {
      super(message);
    }
  }

  /** Parses {@code text}, which must hold exactly one JSON value (surrounding whitespace allowed). */
  public static Parsed parse(String text) throws SyntaxException {
    JsonText p = new JsonText(text);
    p.skipWhitespace();
    if (p.pos >= text.length()) {
      throw p.error("EOF while parsing a value");
    }
    JsonElement root = p.value("");
    p.skipWhitespace();
    if (p.pos < text.length()) {
      p.advance();
      throw p.error("trailing characters");
    }
    return new Parsed(root, p.ends);
  }

  private JsonElement value(String path) throws SyntaxException {
    char c = text.charAt(pos);
    JsonElement v;
    switch (c) {
      case '{':
        v = object(path);
        break;
      case '[':
        v = array(path);
        break;
      case '"':
        v = new JsonPrimitive(string());
        break;
      case 't':
        literal("true");
        v = new JsonPrimitive(true);
        break;
      case 'f':
        literal("false");
        v = new JsonPrimitive(false);
        break;
      case 'n':
        literal("null");
        v = JsonNull.INSTANCE;
        break;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          v = number();
        } else {
          advance();
          throw error("expected value");
        }
    }
    ends.put(path, new int[] {line, column});
    return v;
  }

  private JsonObject object(String path) throws SyntaxException {
    JsonObject o = new JsonObject();
    advance(); // {
    skipWhitespace();
    if (peek() == '}') {
      advance();
      return o;
    }
    while (true) {
      more("an object");
      if (peek() != '"') {
        advance();
        throw error("key must be a string");
      }
      String key = string();
      more("an object");
      if (peek() != ':') {
        advance();
        throw error("expected `:`");
      }
      advance();
      more("a value");
      o.add(key, value(path.isEmpty() ? key : path + "." + key));
      more("an object");
      char c = advance();
      if (c == '}') {
        return o;
      }
      if (c != ',') {
        throw error("expected `,` or `}`");
      }
    }
  }

  private JsonArray array(String path) throws SyntaxException {
    JsonArray a = new JsonArray();
    advance(); // [
    skipWhitespace();
    if (peek() == ']') {
      advance();
      return a;
    }
    while (true) {
      more("a list");
      a.add(value(path + "[" + a.size() + "]"));
      more("a list");
      char c = advance();
      if (c == ']') {
        return a;
      }
      if (c != ',') {
        throw error("expected `,` or `]`");
      }
    }
  }

  private String string() throws SyntaxException {
    advance(); // opening quote
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("EOF while parsing a string");
      }
      char c = advance();
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw error("control character (\\u0000-\\u001F) found while parsing a string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("EOF while parsing a string");
      }
      char e = advance();
      switch (e) {
        case '"': sb.append('"'); break;
        case '\\': sb.append('\\'); break;
        case '/': sb.append('/'); break;
        case 'b': sb.append('\b'); break;
        case 'f': sb.append('\f'); break;
        case 'n': sb.append('\n'); break;
        case 'r': sb.append('\r'); break;
        case 't': sb.append('\t'); break;
        case 'u':
          int code = 0;
          for (int i = 0; i < 4; i++) {
            if (pos >= text.length()) {
              throw error("EOF while parsing a string");
            }
            int d = Character.digit(advance(), 16);
            if (d < 0) {
              throw error("invalid escape");
            }
            code = code * 16 + d;
          }
          sb.append((char) code);
          break;
        default:
          throw error("invalid escape");
      }
    }
  }

  private JsonPrimitive number() throws SyntaxException {
    int start = pos;
    boolean fractional = false;
    if (peek() == '-') {
      advance();
    }
    if (!digit(peek())) {
      advance();
      throw error("invalid number");
    }
    if (peek() == '0') {
      advance();
    } else {
      while (digit(peek())) {
        advance();
      }
    }
    if (peek() == '.') {
      fractional = true;
      advance();
      if (!digit(peek())) {
        advance();
        throw error("invalid number");
      }
      while (digit(peek())) {
        advance();
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      fractional = true;
      advance();
      if (peek() == '+' || peek() == '-') {
        advance();
      }
      if (!digit(peek())) {
        advance();
        throw error("invalid number");
      }
      while (digit(peek())) {
        advance();
      }
    }
    String n = text.substring(start, pos);
    if (fractional) {
      return new JsonPrimitive(new BigDecimal(n).doubleValue());
    }
    BigInteger big = new BigInteger(n);
    return big.bitLength() < 64 ? new JsonPrimitive(big.longValue()) : new JsonPrimitive(big);
  }

  private void literal(String word) throws SyntaxException {
    for (int i = 0; i < word.length(); i++) {
      if (pos >= text.length()) {
        throw error("EOF while parsing a value");
      }
      if (advance() != word.charAt(i)) {
        throw error("expected ident");
      }
    }
  }

  /** Skips white space and fails when the text ends before {@code what} does. */
  private void more(String what) throws SyntaxException {
    skipWhitespace();
    if (pos >= text.length()) {
      throw error("EOF while parsing " + what);
    }
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private char advance() {
    char c = text.charAt(pos++);
    if (c == '\n') {
      line++;
      column = 0;
    } else {
      column++;
    }
    return c;
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      advance();
    }
  }

  private SyntaxException error(String message) {
    return new SyntaxException(message + " at line " + line + " column " + column);
  }
}
