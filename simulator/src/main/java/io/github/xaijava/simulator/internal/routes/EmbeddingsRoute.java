package io.github.xaijava.simulator.internal.routes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Catalogue;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.Tokenizer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@code POST /v1/embeddings}: unit vectors derived from a SHA-256 hash of each input, so equal inputs
 * give equal vectors. 32 dimensions unless {@code dimensions} asks for another size (1 to 4096).
 */
final class EmbeddingsRoute {
  static final int DEFAULT_DIMENSIONS = 32;

  void create(Call call) {
    JsonObject body = call.json();
    Catalogue.Model model = Support.model(call, Json.string(body, "model", null), Catalogue.Kind.EMBEDDING, false);
    if (model == null) {
      return;
    }
    int dimensions = (int) Json.integer(body, "dimensions", DEFAULT_DIMENSIONS);
    if (dimensions < 1 || dimensions > 4096) {
      call.error(400, "`dimensions` must be between 1 and 4096, got " + dimensions + ".");
      return;
    }
    String format = Json.string(body, "encoding_format", "float");
    if (!"float".equals(format) && !"base64".equals(format)) {
      call.error(400, "`encoding_format` must be float or base64, got " + format + ".");
      return;
    }
    List<String> inputs = inputs(body.get("input"));
    if (inputs.isEmpty()) {
      call.error(400, "`input` must not be empty.");
      return;
    }
    JsonArray data = new JsonArray();
    int tokens = 0;
    for (int i = 0; i < inputs.size(); i++) {
      float[] v = vector(inputs.get(i), dimensions);
      tokens += Tokenizer.count(inputs.get(i));
      JsonElement embedding;
      if ("base64".equals(format)) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) {
          b.putFloat(f);
        }
        embedding = new com.google.gson.JsonPrimitive(Base64.getEncoder().encodeToString(b.array()));
      } else {
        JsonArray a = new JsonArray();
        for (float f : v) {
          a.add(f);
        }
        embedding = a;
      }
      data.add(Json.obj().put("object", "embedding").put("index", i).put("embedding", embedding).build());
    }
    call.ok(Json.obj().put("object", "list").put("model", model.id()).put("data", data)
        .put("usage", Json.obj().put("prompt_tokens", tokens).put("total_tokens", tokens)).build());
  }

  /** Each input as text: strings as they are, token id lists written out as numbers. */
  private static List<String> inputs(JsonElement input) {
    List<String> out = new ArrayList<>();
    if (input == null || input.isJsonNull()) {
      return out;
    }
    if (input.isJsonObject()) {
      for (var e : input.getAsJsonObject().entrySet()) {
        return inputs(e.getValue());
      }
      return out;
    }
    if (input.isJsonPrimitive()) {
      out.add(input.getAsString());
      return out;
    }
    JsonArray a = input.getAsJsonArray();
    boolean tokens = a.size() > 0 && a.get(0).isJsonPrimitive() && a.get(0).getAsJsonPrimitive().isNumber();
    if (tokens) {
      out.add(a.toString());
      return out;
    }
    for (JsonElement e : a) {
      out.add(e.isJsonPrimitive() ? e.getAsString() : e.toString());
    }
    return out;
  }

  static float[] vector(String text, int dimensions) {
    float[] v = new float[dimensions];
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] block = sha.digest(text.getBytes(StandardCharsets.UTF_8));
      double norm = 0;
      for (int i = 0; i < dimensions; i++) {
        if (i > 0 && i % 32 == 0) {
          block = sha.digest(block);
        }
        v[i] = (block[i % 32] / 128f);
        norm += v[i] * v[i];
      }
      norm = Math.sqrt(norm == 0 ? 1 : norm);
      for (int i = 0; i < dimensions; i++) {
        v[i] = (float) (v[i] / norm);
      }
      return v;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
