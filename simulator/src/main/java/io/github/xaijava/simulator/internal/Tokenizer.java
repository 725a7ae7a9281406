package io.github.xaijava.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic stand-in for xAI's tokenizer: words with their leading space, runs of digits (at
 * most three), punctuation and white space, words longer than twelve characters cut into pieces of eight. Token ids are a
 * hash of the token's text, so the same text always gives the same ids. Usage counts and streamed
 * deltas are cut with it too, so all of them agree.
 */
public final class Tokenizer {
  private static final Pattern TOKEN =
      Pattern.compile(" ?\\p{L}+| ?\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+");
  private static final int VOCABULARY = 131_072;

  private Tokenizer() {}

  /** The tokens of {@code text}, in order; concatenated they give the text back. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    Matcher m = TOKEN.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        out.add(text.substring(last, m.start()));
      }
      String t = m.group();
      while (t.length() > 12) {
        out.add(t.substring(0, 8));
        t = t.substring(8);
      }
      out.add(t);
      last = m.end();
    }
    if (last < text.length()) {
      out.add(text.substring(last));
    }
    return out;
  }

  /** How many tokens {@code text} has. */
  public static int count(String text) {
    return tokens(text).size();
  }

  /** The id of one token: a stable hash of its UTF-8 bytes inside a 131,072-token vocabulary. */
  public static int id(String token) {
    int h = 0x811c9dc5;
    for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x01000193;
    }
    return (h & 0x7fffffff) % VOCABULARY;
  }
}
