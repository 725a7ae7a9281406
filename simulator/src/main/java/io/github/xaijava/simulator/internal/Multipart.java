package io.github.xaijava.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A small {@code multipart/form-data} reader: parts in their order, with name, filename and bytes. */
public final class Multipart {
  /** One part. {@code filename} is null for a plain field. */
  public record Part(String name, String filename, String contentType, byte[] content) {
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  /** Thrown for a body that is not the multipart it claims to be; the message says what is wrong. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  private Multipart() {}

  /** The boundary of a {@code multipart/form-data} content type, or null. */
  public static String boundary(String contentType) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return null;
    }
    for (String p : contentType.split(";")) {
      String t = p.trim();
      if (t.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String b = t.substring("boundary=".length());
        return b.startsWith("\"") && b.endsWith("\"") && b.length() > 1 ? b.substring(1, b.length() - 1) : b;
      }
    }
    return null;
  }

  /** Parses {@code body} into its parts. */
  public static List<Part> parse(byte[] body, String boundary) throws MalformedException {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw new MalformedException("multipart body has no boundary line --" + boundary);
    }
    List<Part> parts = new ArrayList<>();
    int pos = at + delimiter.length;
    while (true) {
      if (pos + 2 <= body.length && body[pos] == '-' && body[pos + 1] == '-') {
        return parts;
      }
      pos = skipLineEnd(body, pos);
      int headerEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, pos);
      if (headerEnd < 0) {
        throw new MalformedException("multipart part " + (parts.size() + 1) + " has no end of headers");
      }
      Map<String, String> headers = headers(new String(body, pos, headerEnd - pos, StandardCharsets.UTF_8));
      int contentStart = headerEnd + 4;
      byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      int contentEnd = indexOf(body, next, contentStart);
      if (contentEnd < 0) {
        throw new MalformedException("multipart part " + (parts.size() + 1) + " is not closed by a boundary");
      }
      String disposition = headers.getOrDefault("content-disposition", "");
      String name = attribute(disposition, "name");
      if (name == null) {
        throw new MalformedException("multipart part " + (parts.size() + 1) + " has no name in Content-Disposition");
      }
      parts.add(new Part(name, attribute(disposition, "filename"), headers.get("content-type"),
          Arrays.copyOfRange(body, contentStart, contentEnd)));
      pos = contentEnd + next.length;
    }
  }

  private static int skipLineEnd(byte[] body, int pos) {
    if (pos < body.length && body[pos] == '\r') {
      pos++;
    }
    if (pos < body.length && body[pos] == '\n') {
      pos++;
    }
    return pos;
  }

  private static Map<String, String> headers(String block) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : block.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        out.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
    }
    return out;
  }

  private static String attribute(String disposition, String key) {
    for (String p : disposition.split(";")) {
      String t = p.trim();
      int eq = t.indexOf('=');
      if (eq > 0 && t.substring(0, eq).trim().equalsIgnoreCase(key)) {
        String v = t.substring(eq + 1).trim();
        return v.startsWith("\"") && v.endsWith("\"") && v.length() > 1 ? v.substring(1, v.length() - 1) : v;
      }
    }
    return null;
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
