package io.github.xaijava.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * xAI's OpenAPI document as the build copied it into the jar: the list of operations and the schemas
 * that request bodies are checked against. Loaded once per JVM, in the background from the first
 * {@link #preload()}, so that starting a simulator stays fast.
 */
public final class OpenApi {
  /** Where the build puts the document (see the module's pom). */
  static final String RESOURCE = "/io/github/xaijava/simulator/openapi.json";

  private static volatile CompletableFuture<OpenApi> loading;

  private final JsonObject schemas;
  private final List<Operation> operations;

  /** One operation of the document: its method, path template and request body schema, if any. */
  public record Operation(String method, String path, String operationId, String requestSchema,
      String requestContentType) {}

  private OpenApi(JsonObject document) {
    this.schemas = document.getAsJsonObject("components").getAsJsonObject("schemas");
    applyTolerances(schemas);
    List<Operation> ops = new ArrayList<>();
    for (Map.Entry<String, JsonElement> path : document.getAsJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonElement> op : path.getValue().getAsJsonObject().entrySet()) {
        JsonObject operation = op.getValue().getAsJsonObject();
        String schema = null;
        String contentType = null;
        JsonObject content = Json.object(Json.object(operation, "requestBody"), "content");
        if (content != null && !content.entrySet().isEmpty()) {
          Map.Entry<String, JsonElement> first = content.entrySet().iterator().next();
          contentType = first.getKey();
          String ref = Json.string(Json.object(first.getValue().getAsJsonObject(), "schema"), "$ref", null);
          schema = ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
        }
        ops.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
            Json.string(operation, "operationId", ""), schema, contentType));
      }
    }
    this.operations = Collections.unmodifiableList(ops);
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
    for (JsonElement tagged : schemas.getAsJsonObject("EmbeddingInput").getAsJsonArray("oneOf")) {
      embeddingInput.getAsJsonArray("oneOf").add(tagged);
    }
    schemas.add("EmbeddingInput", embeddingInput);
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

  /** Every operation of the document, in its order. */
  public List<Operation> operations() {
    return operations;
  }

  /** The named component schema, or null. */
  public JsonObject schema(String name) {
    return Json.object(schemas, name);
  }

  /** Follows {@code #/components/schemas/X}; returns null for any other reference. */
  public JsonObject resolve(String ref) {
    String prefix = "#/components/schemas/";
    return ref.startsWith(prefix) ? schema(ref.substring(prefix.length())) : null;
  }
}
