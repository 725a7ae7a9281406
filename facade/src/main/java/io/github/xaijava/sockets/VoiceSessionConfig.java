package io.github.xaijava.sockets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.xaijava.generated.model.ModelTool;
import io.github.xaijava.internal.json.JsonBodies;
import io.github.xaijava.tools.Toolbox;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Voice Agent session's configuration, sent as {@code session.update}: what you set is sent,
 * what you leave out keeps the server's value.
 *
 * <pre>{@code
 * VoiceSessionConfig config = VoiceSessionConfig.builder()
 *     .voice("ara")
 *     .instructions("You are a concise assistant.")
 *     .serverVad(0.85, 500)
 *     .inputFormat(AudioFormat.pcm(16000))
 *     .tools(toolbox)
 *     .build();
 * }</pre>
 */
public final class VoiceSessionConfig {

  private final JsonObject session;

  private VoiceSessionConfig(JsonObject session) {
    this.session = session;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The {@code session} object of {@code session.update}, a copy. */
  public JsonObject toJson() {
    return session.deepCopy();
  }

  @Override
  public String toString() {
    return "VoiceSessionConfig" + session;
  }

  /** Builds a {@link VoiceSessionConfig}. */
  public static final class Builder {
    private final Map<String, JsonElement> members = new LinkedHashMap<>();
    private final JsonObject input = new JsonObject();
    private final JsonObject output = new JsonObject();
    private final JsonArray tools = new JsonArray();

    private Builder() {
    }

    /** The voice: a built-in name ({@code eve}, {@code ara}, {@code leo}, ...) or a custom voice id. */
    public Builder voice(String voice) {
      return set("voice", voice);
    }

    /** The system instructions. */
    public Builder instructions(String instructions) {
      return set("instructions", instructions);
    }

    /** The model, when not chosen in the URL ({@link VoiceAgentOptions.Builder#model}). */
    public Builder model(String model) {
      return set("model", model);
    }

    /** Server voice activity detection with xAI's defaults. */
    public Builder serverVad() {
      JsonObject vad = new JsonObject();
      vad.addProperty("type", "server_vad");
      members.put("turn_detection", vad);
      return this;
    }

    /**
     * Server voice activity detection: {@code threshold} 0.1 to 0.9, the silence that ends a turn.
     */
    public Builder serverVad(double threshold, int silenceDurationMs) {
      JsonObject vad = new JsonObject();
      vad.addProperty("type", "server_vad");
      vad.addProperty("threshold", threshold);
      vad.addProperty("silence_duration_ms", silenceDurationMs);
      members.put("turn_detection", vad);
      return this;
    }

    /** No turn detection: you end each turn with {@link VoiceSession#commitAudio()}. */
    public Builder manualTurns() {
      members.put("turn_detection", JsonNull.INSTANCE);
      return this;
    }

    /** The audio you send. */
    public Builder inputFormat(AudioFormat format) {
      input.add("format", format.toJson());
      return this;
    }

    /** The audio you receive. */
    public Builder outputFormat(AudioFormat format) {
      output.add("format", format.toJson());
      return this;
    }

    /** Transcribe what the user says with {@code model} (e.g. {@code grok-transcribe}). */
    public Builder transcription(String model) {
      JsonObject t = new JsonObject();
      t.addProperty("model", model);
      input.add("transcription", t);
      return this;
    }

    /** The functions of {@code toolbox}, offered to the model. */
    public Builder tools(Toolbox toolbox) {
      for (ModelTool tool : toolbox.responsesTools()) {
        tools.add(JsonBodies.<ModelTool>adapter(ModelTool.class).toJsonTree(tool));
      }
      return this;
    }

    /** One tool as xAI's JSON ({@code web_search}, {@code x_search}, {@code mcp}, a function). */
    public Builder tool(JsonObject tool) {
      tools.add(tool.deepCopy());
      return this;
    }

    /** Answer in text only (no audio). */
    public Builder textOnly() {
      JsonArray modalities = new JsonArray();
      modalities.add("text");
      members.put("modalities", modalities);
      return this;
    }

    /** Let the session be resumed by its conversation id after a reconnect. */
    public Builder resumable() {
      JsonObject r = new JsonObject();
      r.addProperty("enabled", true);
      members.put("resumption", r);
      return this;
    }

    /** Any other member of the session object, as JSON. */
    public Builder set(String name, JsonElement value) {
      members.put(Objects.requireNonNull(name, "name == null"),
          value == null ? JsonNull.INSTANCE : value.deepCopy());
      return this;
    }

    private Builder set(String name, String value) {
      members.put(name, new com.google.gson.JsonPrimitive(
          Objects.requireNonNull(value, name + " == null")));
      return this;
    }

    public VoiceSessionConfig build() {
      JsonObject s = new JsonObject();
      members.forEach(s::add);
      if (input.size() > 0 || output.size() > 0) {
        JsonObject audio = s.has("audio") && s.get("audio").isJsonObject()
            ? s.getAsJsonObject("audio") : new JsonObject();
        if (input.size() > 0) {
          audio.add("input", input.deepCopy());
        }
        if (output.size() > 0) {
          audio.add("output", output.deepCopy());
        }
        s.add("audio", audio);
      }
      if (tools.size() > 0) {
        s.add("tools", tools.deepCopy());
      }
      return new VoiceSessionConfig(s);
    }
  }
}
