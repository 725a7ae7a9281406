package io.github.xaijava.internal.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import io.github.xaijava.generated.model.ModelTypeAdapters;

/** Not API. The one Gson of the wire (published as {@code XaiJson.gson()}). */
public final class WireGson {

  /** Generated model adapters first; plain JSON keeps its numbers as written. */
  public static final Gson GSON =
      new GsonBuilder()
          .registerTypeAdapterFactory(ModelTypeAdapters.INSTANCE)
          .disableHtmlEscaping()
          .setObjectToNumberStrategy(ToNumberPolicy.LAZILY_PARSED_NUMBER)
          .create();

  private WireGson() {
  }
}
