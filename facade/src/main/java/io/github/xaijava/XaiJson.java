package io.github.xaijava;

import com.google.gson.Gson;
import io.github.xaijava.internal.json.WireGson;

/**
 * The Gson used on the wire, for callers who persist responses, build batch files or read
 * recorded traffic.
 *
 * <pre>{@code
 * String json = XaiJson.gson().toJson(chatResponse);
 * ChatResponse again = XaiJson.gson().fromJson(json, ChatResponse.class);
 * }</pre>
 *
 * <p>Every generated model is read and written by its generated adapter, in one pass and without
 * reflection: unset properties are not written, unknown properties are kept and written back,
 * unknown enum values and union forms are kept as they came. Free-form JSON keeps its numbers as
 * written.
 */
public final class XaiJson {

  private XaiJson() {
  }

  /** The shared, thread-safe Gson instance configured exactly as on the wire. */
  public static Gson gson() {
    return WireGson.GSON;
  }
}
