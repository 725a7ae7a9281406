package io.github.xaijava.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.xaijava.openapi.Operations;
import io.github.xaijava.openapi.Refs;
import io.github.xaijava.openapi.Supplement;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * xAI's OpenAPI document as the build copied it into the jar (or as a simulator's builder was given
 * it), merged with our supplement of the operations xAI documents elsewhere: the list of
 * operations, the schemas that request bodies are checked against and the ones
 * default routes answer from. The jar's copy is loaded once per JVM, in the background from the
 * first {@link #preload()}, so that starting a simulator stays fast.
 */
public final class OpenApi {
  /** Where the build puts the document (see the module's pom). */
  static final String RESOURCE = "/io/github/xaijava/simulator/openapi.json";
  /** Our supplement (the operations xAI documents elsewhere), merged into whichever document is served. */
  static final String SUPPLEMENT = "/io/github/xaijava/simulator/supplement.json";

  private static volatile CompletableFuture<OpenApi> loading;

  private final JsonObject document;
  private final JsonObject schemas;
  private final List<Operation> operations;

  /**
   * One operation of the document: its method, path template, request body (the schema, null when
   * none is given, its media type and whether it must be sent) and what it answers on success.
   */
  public record Operation(String method, String path, String operationId, JsonObject requestSchema,
      String requestContentType, boolean requestRequired, Success success) {}

  /**
   * The lowest 2xx an operation declares (200 when it declares none), its media type (null: no
   * body; {@code application/json} preferred when several are given) and schema (null: none).
   */
  public record Success(int status, String contentType, JsonObject schema) {}

  private OpenApi(JsonObject xai) {
    if (Json.object(xai, "paths") == null) {
      throw new IllegalArgumentException("not an OpenAPI document: it has no `paths` object");
    }
    this.document = Supplement.merge(xai, supplement());
    JsonObject declared = Json.object(Json.object(document, "components"), "schemas");
    this.schemas = declared == null ? new JsonObject() : declared;
    applyTolerances(schemas);
    List<Operation> ops = new ArrayList<>();
    for (Operations.Operation op : Operations.of(document)) {
      JsonObject operation = op.node();
      JsonObject requestBody = Refs.follow(document, Json.object(operation, "requestBody"));
      JsonObject schema = null;
      String contentType = null;
      JsonObject content = Json.object(requestBody, "content");
      if (content != null && !content.entrySet().isEmpty()) {
        Map.Entry<String, JsonElement> first = content.entrySet().iterator().next();
        contentType = first.getKey();
        schema = Json.object(first.getValue().getAsJsonObject(), "schema");
      }
      ops.add(new Operation(op.method().toUpperCase(Locale.ROOT), op.path(),
          Json.string(operation, "operationId", ""), schema, contentType,
          Json.bool(requestBody, "required", false), success(Json.object(operation, "responses"))));
    }
    this.operations = Collections.unmodifiableList(ops);
  }

  private Success success(JsonObject responses) {
    int status = 0;
    JsonObject response = null;
    for (Map.Entry<String, JsonElement> e : (responses == null ? new JsonObject() : responses).entrySet()) {
      int s = e.getKey().matches("2\\d\\d") ? Integer.parseInt(e.getKey())
          : e.getKey().equalsIgnoreCase("2XX") ? 200 : 0;
      if (s > 0 && (status == 0 || s < status) && e.getValue().isJsonObject()) {
        status = s;
        response = Refs.follow(document, e.getValue().getAsJsonObject());
      }
    }
    if (status == 0) {
      return new Success(200, "application/json", null);
    }
    JsonObject content = Json.object(response, "content");
    if (content == null || content.entrySet().isEmpty()) {
      return new Success(status, null, null);
    }
    String type = content.has("application/json") ? "application/json" : content.keySet().iterator().next();
    return new Success(status, type, Json.object(Json.object(content, type), "schema"));
  }

  /**
   * The document says what xAI's types are, not always what xAI accepts on the wire: embeddings take a
   * plain string or list (the document shows Rust's tagged form), and service tiers drift.
   */
  private static void applyTolerances(JsonObject schemas) {
    JsonObject embeddingInput = JsonParser.parseString("{\"oneOf\":[{\"type\":\"string\"},"
        + "{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
        + "{\"type\":\"array\",\"items\":{\"type\":\"integer\"}},"
        + "{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}}]}")
        .getAsJsonObject();
    JsonObject declared = Json.object(schemas, "EmbeddingInput");
    if (declared != null) {
      for (JsonElement tagged : Json.array(declared, "oneOf")) {
        embeddingInput.getAsJsonArray("oneOf").add(tagged);
      }
      schemas.add("EmbeddingInput", embeddingInput);
    }
    JsonObject tier = schemas.getAsJsonObject("ServiceTier");
    if (tier != null && tier.has("enum")) {
      JsonArray values = tier.getAsJsonArray("enum");
      if (!values.contains(new com.google.gson.JsonPrimitive("auto"))) {
        values.add("auto");
      }
    }
  }

  /** Starts loading the document in the background if nobody has yet. */
  public static void preload() {
    if (loading == null) {
      synchronized (OpenApi.class) {
        if (loading == null) {
          loading = CompletableFuture.supplyAsync(OpenApi::load);
        }
      }
    }
  }

  /** The document, waiting for the background load if it is still running. */
  public static OpenApi get() {
    preload();
    return loading.join();
  }

  /** The jar's supplement; null when the jar has none (a document alone is served then). */
  private static JsonObject supplement() {
    try (InputStream in = OpenApi.class.getResourceAsStream(SUPPLEMENT)) {
      if (in == null) {
        return null;
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return JsonParser.parseReader(reader).getAsJsonObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OpenApi load() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the simulator's jar at " + RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new OpenApi(JsonParser.parseReader(reader).getAsJsonObject());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Another document than the jar's, read now so that a bad file fails where it is named.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if it is not a JSON OpenAPI document
   */
  public static OpenApi read(Path file) {
    JsonElement parsed;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      parsed = JsonParser.parseReader(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI document " + file, e);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("the OpenAPI document " + file + " is not JSON: " + e.getMessage(), e);
    }
    if (!parsed.isJsonObject()) {
      throw new IllegalArgumentException("the OpenAPI document " + file + " is not a JSON object");
    }
    return new OpenApi(parsed.getAsJsonObject());
  }

  /** Every operation of the document, in its order. */
  public List<Operation> operations() {
    return operations;
  }

  /**
   * A small deterministic instance of {@code schema}, a schema of this document (its references
   * point into the document's components).
   */
  public JsonElement instance(JsonObject schema) {
    return InstanceGenerator.generate(schema, document);
  }

  /** The named component schema, or null. */
  public JsonObject schema(String name) {
    return Json.object(schemas, name);
  }

  /** The component schema a reference names; null for any other reference. */
  public JsonObject resolve(String ref) {
    String name = Refs.schemaName(ref);
    return name == null ? null : schema(name);
  }
}
