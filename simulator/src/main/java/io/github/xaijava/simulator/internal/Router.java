package io.github.xaijava.simulator.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a method and path to a handler; path templates have {@code {name}} segments. */
public final class Router {
  /** Answers one call. */
  @FunctionalInterface
  public interface Handler {
    void handle(Call call) throws IOException;
  }

  /** One registered route. */
  public record Route(String method, String template, Pattern pattern, List<String> names, Handler handler) {}

  /** The outcome of a lookup: a route and its parameters, or the methods the path allows (none: 404). */
  public record Match(Route route, Map<String, String> params, TreeSet<String> allowed) {}

  private final List<Route> routes = new ArrayList<>();

  public Router add(String method, String template, Handler handler) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
    StringBuilder regex = new StringBuilder();
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
      names.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    routes.add(new Route(method, template, Pattern.compile(regex.toString()), names, handler));
    return this;
  }

  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /** A path segment's percent-encoding undone ({@code +} stays a plus, as in paths). */
  static String decode(String segment) {
    return segment.indexOf('%') < 0 ? segment
        : java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Finds the route for {@code method} and {@code path} (as sent: percent-encoded); literal templates win over parameterised ones. */
  public Match find(String method, String path) {
    TreeSet<String> allowed = new TreeSet<>();
    Match best = null;
    for (Route r : routes) {
      Matcher m = r.pattern().matcher(path);
      if (!m.matches()) {
        continue;
      }
      allowed.add(r.method());
      if (!r.method().equals(method)) {
        continue;
      }
      if (best == null || r.names().size() < best.route().names().size()) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < r.names().size(); i++) {
          params.put(r.names().get(i), decode(m.group(i + 1)));
        }
        best = new Match(r, params, allowed);
      }
    }
    return best != null ? new Match(best.route(), best.params(), allowed) : new Match(null, Map.of(), allowed);
  }
}
