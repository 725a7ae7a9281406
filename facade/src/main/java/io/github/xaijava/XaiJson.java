package io.github.xaijava;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;

/**
 * The Gson used on the wire, for callers who persist responses, build batch files or read
 * recorded traffic.
 *
 * <pre>{@code
 * String json = XaiJson.gson().toJson(chatResponse);
 * ChatResponse again = XaiJson.gson().fromJson(json, ChatResponse.class);
 * }</pre>
 *
 * <p>Unset fields are not written; unknown fields are ignored; an unknown enum value reads as
 * {@code null}; unions read every JSON form xAI sends and keep unknown forms as raw JSON.
 * Free-form JSON (JSON schemas, tool arguments) keeps its numbers as written.
 */
public final class XaiJson {

  private static final Gson GSON =
      new GsonBuilder()
          .disableHtmlEscaping()
          .setObjectToNumberStrategy(ToNumberPolicy.LAZILY_PARSED_NUMBER)
          .create();

  private XaiJson() {
  }

  /** The shared, thread-safe Gson instance configured exactly as on the wire. */
  public static Gson gson() {
    return GSON;
  }
}
