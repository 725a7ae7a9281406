package io.github.xaijava.internal.errors;

import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Not API. Keeps the API key out of everything the client shows: log lines, exception messages,
 * error bodies and response headers a proxy may echo it in. {@link #forRequest} adds the
 * credentials one request carries itself (a key passed in its own headers).
 */
public final class Redactor {

  /** What replaces a secret. */
  public static final String REDACTED = "[redacted]";

  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie",
          "sec-websocket-protocol"); // a browser's client secret travels as a subprotocol

  /** The secret of a key in JSON (the management API's answer to making one). */
  private static final java.util.regex.Pattern NEW_KEY =
      java.util.regex.Pattern.compile("(\"apiKey\"\\s*:\\s*\")[^\"]*\"");

  /**
   * A realtime client secret in its minting answer: {@code value} beside {@code expires_at}, in
   * either order ({@code value} alone is too common a name to hide everywhere).
   */
  private static final java.util.regex.Pattern CLIENT_SECRET = java.util.regex.Pattern.compile(
      "(\"value\"\\s*:\\s*\")[^\"]*(\"\\s*,\\s*\"expires_at\")"
          + "|(\"expires_at\"\\s*:\\s*[0-9.]+\\s*,\\s*\"value\"\\s*:\\s*\")[^\"]*(\")");

  private final List<String> secrets;

  public Redactor(String secret) {
    this.secrets = secret == null || secret.isEmpty() ? List.of() : List.of(secret);
  }

  private Redactor(List<String> secrets) {
    this.secrets = secrets;
  }

  /**
   * This redactor, also hiding the credentials {@code request} sends in its own headers
   * ({@code Authorization: Bearer …}, {@code x-api-key}, …), such as a key given per call.
   */
  public Redactor forRequest(Request request) {
    List<String> more = null;
    for (int i = 0; i < request.headers().size(); i++) {
      if (!isSecretHeader(request.headers().name(i))) {
        continue;
      }
      String value = request.headers().value(i).trim();
      int space = value.indexOf(' ');
      String token = space > 0 ? value.substring(space + 1).trim() : value;
      // Short values ("Bearer", "1") would redact ordinary text; keys are long.
      if (token.length() >= 8 && !secrets.contains(token)) {
        if (more == null) {
          more = new ArrayList<>(secrets);
        }
        more.add(token);
      }
    }
    return more == null ? this : new Redactor(List.copyOf(more));
  }

  /** {@code text} with every known secret replaced; null stays null. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, REDACTED);
    }
    // A key the management API just made comes back once in its answer's "apiKey".
    if (out.contains("\"apiKey\"")) {
      out = NEW_KEY.matcher(out).replaceAll("$1" + REDACTED + "\"");
    }
    if (out.contains("\"expires_at\"")) {
      out = CLIENT_SECRET.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
          m.group(1) != null ? m.group(1) + REDACTED + m.group(2)
              : m.group(3) + REDACTED + m.group(4)));
    }
    return out;
  }

  /** Whether a header carries credentials by its name alone. */
  public static boolean isSecretHeader(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Response headers with credential headers and any echoed key replaced. */
  public Map<String, List<String>> redact(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> {
      List<String> copy = new ArrayList<>(values.size());
      for (String v : values) {
        copy.add(isSecretHeader(name) ? REDACTED : redact(v));
      }
      out.put(name, copy);
    });
    return out;
  }
}
