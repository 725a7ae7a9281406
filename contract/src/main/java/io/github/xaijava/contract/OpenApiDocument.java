package io.github.xaijava.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.xaijava.openapi.Operations;
import io.github.xaijava.openapi.Refs;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OpenAPI 3.0 or 3.1 document read from JSON, with what the comparison and the merge need:
 * its operations, its component schemas and {@code $ref} resolution inside the document.
 *
 * <p>Reading checks the input before anything uses it; whatever cannot be used (not text, not
 * JSON, truncated JSON, Swagger 2, no {@code paths}) is refused with a one-line reason.
 */
public final class OpenApiDocument {

  /** Larger than any API document we expect; a bigger body is not a document. */
  private static final int MAX_BYTES = 64 * 1024 * 1024;

  private final String name;
  private final JsonObject root;
  private final JsonObject schemas;

  private OpenApiDocument(String name, JsonObject root) {
    this.name = name;
    this.root = root;
    JsonObject components = object(root, "components");
    this.schemas = components == null ? new JsonObject() : orEmpty(object(components, "schemas"));
  }

  /** Reads a document from a file path or an {@code http(s)://} URL. */
  public static OpenApiDocument read(String source) throws UnusableDocumentException {
    if (source.startsWith("https://") || source.startsWith("http://")) {
      return parse(fetch(source), source);
    }
    Path path = Path.of(source);
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw new UnusableDocumentException(source + " is a directory, not a document");
      }
      if (Files.size(path) > MAX_BYTES) {
        throw new UnusableDocumentException(source + " is larger than 64 MB: not an API document");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UnusableDocumentException(source + " does not exist", e);
    } catch (IOException e) {
      throw new UnusableDocumentException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return parse(bytes, source);
  }

  /** Reads a document from a path (see {@link #read(String)}). */
  public static OpenApiDocument read(Path path) throws UnusableDocumentException {
    return read(path.toString());
  }

  /** Parses the bytes of a document; {@code name} appears in the reason when they are refused. */
  static OpenApiDocument parse(byte[] bytes, String name) throws UnusableDocumentException {
    if (bytes.length == 0) {
      throw new UnusableDocumentException(name + " is empty");
    }
    if (bytes.length >= 4 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
        && bytes[3] == 'G') {
      throw new UnusableDocumentException(name + " is a PNG image, not a JSON document");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UnusableDocumentException(name + " is binary data, not a JSON document", e);
    }
    if (text.indexOf('\0') >= 0) {
      throw new UnusableDocumentException(name + " is binary data, not a JSON document");
    }
    JsonElement parsed = parseStrictly(text, name);
    if (!parsed.isJsonObject()) {
      throw new UnusableDocumentException(name + " is JSON but not an object");
    }
    JsonObject root = parsed.getAsJsonObject();
    if (root.has("swagger")) {
      throw new UnusableDocumentException(name + " is a Swagger " + text(root.get("swagger"))
          + " document; only OpenAPI 3.0 and 3.1 are supported");
    }
    JsonElement version = root.get("openapi");
    if (version == null || !version.isJsonPrimitive()) {
      throw new UnusableDocumentException(name + " is JSON but not an OpenAPI document (no openapi version)");
    }
    if (!version.getAsString().startsWith("3.")) {
      throw new UnusableDocumentException(name + " is OpenAPI " + version.getAsString()
          + "; only OpenAPI 3.0 and 3.1 are supported");
    }
    if (!(root.get("paths") instanceof JsonObject)) {
      throw new UnusableDocumentException(name + " has no paths object");
    }
    return new OpenApiDocument(name, root);
  }

  private static JsonElement parseStrictly(String text, String name) throws UnusableDocumentException {
    try (JsonReader reader = new JsonReader(new StringReader(text))) {
      reader.setStrictness(Strictness.STRICT);
      JsonElement element = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new UnusableDocumentException(name + " is not valid JSON: text after the document");
      }
      return element;
    } catch (JsonParseException | IOException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      // Gson appends a troubleshooting link on a second line; the reason stays one line.
      message = message.lines().findFirst().orElse(message);
      if (message.contains("End of input") || message.contains("EOF")) {
        message = "it ends early (truncated?): " + message;
      }
      throw new UnusableDocumentException(name + " is not valid JSON: " + message, e);
    }
  }

  private static byte[] fetch(String url) throws UnusableDocumentException {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new UnusableDocumentException("not a URL: " + url, e);
    }
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(20))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .GET()
        .build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new UnusableDocumentException("cannot fetch " + url + ": HTTP " + response.statusCode());
      }
      if (response.body().length > MAX_BYTES) {
        throw new UnusableDocumentException(url + " sent more than 64 MB: not an API document");
      }
      return response.body();
    } catch (IOException e) {
      throw new UnusableDocumentException("cannot fetch " + url + ": " + why(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnusableDocumentException("cannot fetch " + url + ": interrupted", e);
    }
  }

  /** A reason for a failed fetch that a person can read (the JDK's messages are often empty). */
  private static String why(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.http.HttpTimeoutException) {
        return "timed out";
      }
      if (cause instanceof java.net.ConnectException) {
        return "connection refused or host unreachable";
      }
      if (cause instanceof java.net.UnknownHostException
          || cause instanceof java.nio.channels.UnresolvedAddressException) {
        return "unknown host";
      }
      if (cause instanceof javax.net.ssl.SSLException) {
        return "TLS failed: " + cause.getMessage();
      }
    }
    return e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
  }

  /** The same document under another name (how the report calls it). */
  OpenApiDocument named(String newName) {
    return new OpenApiDocument(newName, root);
  }

  /** Where the document came from (a path or a URL), as given. */
  public String name() {
    return name;
  }

  /** The whole document. Callers must not change it. */
  JsonObject json() {
    return root;
  }

  /** The component schema {@code name}, if the document has one. */
  Optional<JsonObject> schema(String schemaName) {
    JsonElement schema = schemas.get(schemaName);
    return schema instanceof JsonObject ? Optional.of((JsonObject) schema) : Optional.empty();
  }

  /** Names of the component schemas, in document order. */
  List<String> schemaNames() {
    return new ArrayList<>(schemas.keySet());
  }

  /**
   * The target of a local {@code $ref} (a JSON pointer into this document), or null when it
   * does not resolve (an external reference, or a dangling one).
   */
  JsonElement resolve(String ref) {
    return Refs.resolve(root, ref);
  }

  /** Follows {@code $ref}s of a non-schema object (parameter, request body, response). */
  JsonObject deref(JsonElement element) {
    return element instanceof JsonObject ? Refs.follow(root, (JsonObject) element) : new JsonObject();
  }

  /** The operations, keyed by {@link Operation#key()}, in document order. */
  Map<String, Operation> operations() {
    Map<String, Operation> operations = new LinkedHashMap<>();
    for (Operations.Operation op : Operations.of(root)) {
      Operation operation = new Operation(op.method(), op.path(), op.node(), op.pathItem());
      operations.put(operation.key(), operation);
    }
    return operations;
  }

  /** One operation: a method on a path. */
  static final class Operation {
    final String method;
    final String path;
    final JsonObject node;
    final JsonObject pathItem;

    Operation(String method, String path, JsonObject node, JsonObject pathItem) {
      this.method = method;
      this.path = path;
      this.node = node;
      this.pathItem = pathItem;
    }

    /** Method and path with parameter names blanked, so a renamed path parameter still matches. */
    String key() {
      return method.toUpperCase(java.util.Locale.ROOT) + " " + path.replaceAll("\\{[^}/]*}", "{}");
    }

    /** How the report names it: {@code POST /v1/chat/completions}. */
    String label() {
      return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }

    String operationId() {
      return text(node.get("operationId"));
    }
  }

  // ------------------------------------------------------------------------------------------
  // Small JSON helpers shared by the package

  static JsonObject object(JsonObject parent, String key) {
    JsonElement child = parent == null ? null : parent.get(key);
    return child instanceof JsonObject ? (JsonObject) child : null;
  }

  static JsonObject orEmpty(JsonObject object) {
    return object == null ? new JsonObject() : object;
  }

  static String text(JsonElement element) {
    return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
  }

  /** True only for the JSON literal {@code true}. */
  static boolean isTrue(JsonElement element) {
    return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isBoolean()
        && element.getAsBoolean();
  }

  static List<JsonElement> list(JsonElement element) {
    if (element == null || !element.isJsonArray()) {
      return Collections.emptyList();
    }
    List<JsonElement> items = new ArrayList<>();
    element.getAsJsonArray().forEach(items::add);
    return items;
  }
}
