package io.github.xaijava.simulator;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.xaijava.simulator.internal.Abort;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Delivery;
import io.github.xaijava.simulator.internal.Dialect;
import io.github.xaijava.simulator.internal.Errors;
import io.github.xaijava.simulator.internal.EventStream;
import io.github.xaijava.simulator.internal.JsonText;
import io.github.xaijava.simulator.internal.OpenApi;
import io.github.xaijava.simulator.internal.Router;
import io.github.xaijava.simulator.internal.SchemaValidator;
import io.github.xaijava.simulator.internal.routes.Routes;
import io.github.xaijava.simulator.internal.ws.Sockets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one HTTP handler: each call goes record → size limits → key check → injected fault → scripted
 * answer → route (404/405) → content type (415) → body check against the API document (422) →
 * the route's handler. Anything unexpected becomes a 500 with xAI's body, never a hang.
 */
final class Dispatcher implements HttpHandler {
  /** Headers larger than this (in total) or more numerous than {@link #MAX_HEADER_COUNT} get 431. */
  static final int MAX_HEADER_BYTES = 64 * 1024;
  static final int MAX_HEADER_COUNT = 200;
  /** How much of an oversized body is read and dropped before answering 413. */
  static final long DRAIN_BYTES = 256L * 1024 * 1024;

  private final XaiSimulator sim;
  private final Context ctx;
  private final Supplier<OpenApi> document;
  private volatile Table table;

  /**
   * What the dispatcher takes from the API document: the routes (default ones included), the
   * operations by {@code "METHOD /template"} and the body checker. Built on the first call, not in
   * the constructor, because the jar's document is still loading in the background at start.
   */
  private record Table(Router router, Map<String, OpenApi.Operation> operations, SchemaValidator validator) {}

  Dispatcher(XaiSimulator sim, Context ctx, Supplier<OpenApi> document) {
    this.sim = sim;
    this.ctx = ctx;
    this.document = document;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    sim.answering(exchange);
    try {
      answer(exchange);
    } finally {
      sim.answered(exchange);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("x-request-id", ctx.ids().uuid());
    String path = exchange.getRequestURI().getPath();
    byte[] body;
    Call call;
    try {
      body = readBody(exchange);
    } catch (IOException e) {
      throw e; // the client went away while sending: nothing to answer
    }
    // The simulator's own calls (a responses socket's turns) are recorded, so tests see each turn
    // the client sent, but take no fault or scripted answer: the socket's upgrade took those.
    boolean internal = sim.isInternal(exchange.getRequestHeaders().getFirst(Sockets.INTERNAL_HEADER));
    sim.record(exchange, body == null ? new byte[0] : body);
    call = new Call(exchange, body == null ? new byte[0] : body, sim.baseUrl());
    call.internal(internal);
    boolean aborted = false;
    try {
      String problem = headerProblem(exchange);
      if (problem != null) {
        call.error(431, problem);
      } else if (body == null) {
        exchange.getResponseHeaders().set("Connection", "close");
        call.error(413, "Request body too large: the limit is " + bodyLimit() + " bytes.");
      } else {
        dispatch(call, path, internal);
      }
    } catch (Abort a) {
      aborted = true;
      // The server closes the connection without more bytes. Closing at once can make the peer's
      // TCP stack drop what it has received but not yet read (a reset discards it), so the cut
      // would fall at a random place; a short pause lets the client read every byte sent.
      lingerBeforeCut();
      throw new IOException(a.getMessage());
    } catch (RuntimeException e) {
      if (!call.answered()) {
        call.json(500, Errors.body(Errors.INTERNAL, "Simulator failure: " + e));
      } else {
        aborted = true;
        throw new IOException("failed while answering", e);
      }
    } finally {
      if (!aborted) {
        call.finish();
      }
    }
  }

  private void dispatch(Call call, String path, boolean internal) {
    boolean media = path.startsWith(Routes.MEDIA_PREFIX);
    if (!media && !authorized(call, path)) {
      return;
    }
    if (path.startsWith("/v1/")) {
      call.responseHeader("x-ratelimit-limit-requests", "1000");
      call.responseHeader("x-ratelimit-remaining-requests", "999");
      call.responseHeader("x-ratelimit-limit-tokens", "4000000");
      call.responseHeader("x-ratelimit-remaining-tokens", "4000000");
    }
    Fault fault = internal ? null : sim.faultRules().take(path, call::header);
    if (fault != null && applyFault(call, fault)) {
      return;
    }
    ScriptedAnswer scripted = internal ? null : sim.scriptRules().take(path);
    if (scripted != null) {
      serve(call, scripted, path);
      return;
    }
    Table table = table();
    Router.Match match = table.router().find(call.method(), call.rawPath());
    if (match.route() == null) {
      if (match.allowed().isEmpty()) {
        call.error(404, "No such endpoint: " + call.method() + " " + path + ".");
      } else {
        call.responseHeader("Allow", String.join(", ", match.allowed()));
        call.error(405, "Method " + call.method() + " is not allowed on " + path + "; use " + String.join(" or ", match.allowed()) + ".");
      }
      return;
    }
    call.pathParams(match.params());
    OpenApi.Operation op = table.operations().get(match.route().method() + " " + match.route().template());
    boolean bodyExpected = op != null && (op.requestRequired() || call.body().length > 0);
    if (bodyExpected && "application/json".equals(op.requestContentType()) && !checkJson(call, op, table.validator())) {
      return;
    }
    try {
      match.route().handler().handle(call);
    } catch (IOException e) {
      throw new Abort("I/O while answering: " + e.getMessage());
    }
    if (!call.answered()) {
      call.json(500, Errors.body(Errors.INTERNAL, "Simulator failure: no answer for " + path));
    }
  }

  /** 401 without a key, 400 (as xAI answers) with a key it does not accept. */
  private boolean authorized(Call call, String path) {
    String key = "";
    String auth = call.header("Authorization");
    if (auth != null && auth.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      key = auth.substring(7).trim();
    } else if (path.equals("/v1/messages") || path.equals("/v1/complete")) {
      String apiKey = call.header("x-api-key");
      key = apiKey == null ? "" : apiKey.trim();
    }
    if (key.isEmpty()) {
      call.error(401, "No credentials presented. Send your API key in an `Authorization: Bearer <key>` header.");
      return false;
    }
    // xAI's two hosts take different keys: the management API's paths only the management key,
    // every other path only the inference key.
    boolean management = Routes.isManagement(path);
    String expected = management ? ctx.settings().managementApiKey() : ctx.settings().apiKey();
    if (!ctx.settings().acceptAnyKey() && !key.equals(expected)) {
      call.error(management ? 401 : 400, (management ? "Invalid management key: " : "Incorrect API key provided: ")
          + Errors.mask(key) + (management ? ". Management keys are made in the xAI console under Settings,"
          + " Management Keys." : ". You can obtain an API key from the xAI console."));
      return false;
    }
    return true;
  }

  /** Answers for the replacing faults and returns true; sets up the delivery for the others. */
  private static boolean applyFault(Call call, Fault fault) {
    long drip = fault.drip().toNanos();
    switch (fault.kind()) {
      case RATE_LIMITED:
        if (fault.retryAfter() != null) {
          long ms = fault.retryAfter().toMillis();
          if (fault.sendsRetryAfterSeconds()) {
            call.responseHeader("Retry-After", Long.toString((ms + 999) / 1000));
          }
          if (fault.sendsRetryAfterMillis()) {
            call.responseHeader("retry-after-ms", Long.toString(ms));
          }
        }
        call.error(429, "Rate limit exceeded");
        return true;
      case SERVER_ERROR:
        call.error(fault.status(), fault.status() == 503 ? "The service is temporarily overloaded; try again later."
            : "Internal error");
        return true;
      case DROP_CONNECTION:
        throw new Abort("connection dropped by an injected fault");
      case CUT_STREAM:
        call.delivery(new Delivery(drip, fault.events(), -1));
        return false;
      case ERROR_FRAME:
        call.delivery(new Delivery(drip, -1, fault.events()));
        return false;
      default:
        call.delivery(new Delivery(drip, -1, -1));
        return false;
    }
  }

  private static void serve(Call call, ScriptedAnswer answer, String path) {
    answer.headers().forEach((name, values) -> values.forEach(v -> call.responseHeader(name, v)));
    if (!answer.isStream()) {
      call.bytes(answer.status(), answer.contentType(), answer.body());
      return;
    }
    EventStream s = call.events(Dialect.forPath(path));
    for (SseEvent e : answer.events()) {
      s.send(e.event(), e.data());
    }
  }

  /** 415 for a missing JSON content type or body, 422 (plain text) for a body that does not fit. */
  private static boolean checkJson(Call call, OpenApi.Operation op, SchemaValidator validator) {
    String type = call.header("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).trim().startsWith("application/json") || call.body().length == 0) {
      call.error(415, "Expected request with `Content-Type: application/json` and a JSON body.");
      return false;
    }
    JsonText.Parsed parsed;
    try {
      parsed = JsonText.parse(new String(call.body(), StandardCharsets.UTF_8));
    } catch (JsonText.SyntaxException e) {
      call.plainText(422, "Failed to parse the request body as JSON: " + e.getMessage());
      return false;
    }
    String mismatch = validator.validate(parsed, op.requestSchema());
    if (mismatch != null) {
      call.plainText(422, mismatch);
      return false;
    }
    if (parsed.root().isJsonObject()) {
      call.json((JsonObject) parsed.root());
    }
    return true;
  }

  /** Why the request's headers are too large, or null. */
  private static String headerProblem(HttpExchange exchange) {
    long bytes = 0;
    int count = 0;
    for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
      for (String v : h.getValue()) {
        bytes += h.getKey().length() + 4 + (v == null ? 0 : v.length());
        count++;
      }
    }
    if (bytes > MAX_HEADER_BYTES || count > MAX_HEADER_COUNT) {
      return "Request headers too large: " + count + " fields, " + bytes + " bytes; the limits are "
          + MAX_HEADER_COUNT + " fields and " + MAX_HEADER_BYTES + " bytes.";
    }
    return null;
  }

  private long bodyLimit() {
    return ctx.settings().maxUploadBytes() + 1024 * 1024;
  }

  /**
   * The whole body, or null when it is larger than the limit. An oversized body is still read (and
   * dropped) up to {@link #DRAIN_BYTES} more, so the client, still sending, can read the 413.
   */
  private byte[] readBody(HttpExchange exchange) throws IOException {
    long limit = bodyLimit();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (InputStream in = exchange.getRequestBody()) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > limit + DRAIN_BYTES) {
          break;
        }
        if (total <= limit) {
          out.write(buffer, 0, n);
        }
      }
    }
    return total > limit ? null : out.toByteArray();
  }

  private Table table() {
    Table t = table;
    if (t == null) {
      synchronized (this) {
        if (table == null) {
          OpenApi api = document.get();
          Map<String, OpenApi.Operation> operations = new HashMap<>();
          for (OpenApi.Operation op : api.operations()) {
            operations.put(op.method() + " " + op.path(), op);
          }
          table = new Table(Routes.install(ctx, api), operations, new SchemaValidator(api));
        }
        t = table;
      }
    }
    return t;
  }

  /** The routes, for tests that check every operation of the document has one. */
  List<Router.Route> routes() {
    return table().router().routes();
  }

  private static void lingerBeforeCut() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
