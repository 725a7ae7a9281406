package io.github.xaijava.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The simulator's fixed list of models, with aliases resolved as xAI resolves them (a request for
 * {@code grok-4-fast} is answered by {@code grok-4-fast-reasoning}). Prices are in xAI's units: for
 * tokens, USD cents per 100 million tokens, which is also cost ticks (10^-10 USD) per token.
 */
public final class Catalogue {
  /** What a model makes. */
  public enum Kind { LANGUAGE, IMAGE, VIDEO, EMBEDDING }

  /**
   * One model.
   *
   * @param thinks whether it reasons before answering (reasoning tokens are counted)
   * @param showsReasoning whether it returns its reasoning ({@code reasoning_content})
   */
  public record Model(String id, Kind kind, List<String> aliases, long created, boolean thinks,
      boolean showsReasoning, boolean images, long promptPrice, long cachedPrice, long completionPrice,
      long contextLength, long unitPrice) {

    /** The fingerprint answers carry, stable per model. */
    public String fingerprint() {
      return "fp_" + String.format("%010x", (id.hashCode() & 0xffffffffL) * 0x9E37L).substring(0, 10);
    }

    /** What a call costs in ticks; reasoning is billed like completion. */
    public long cost(int promptTokens, int cachedTokens, int completionTokens, int reasoningTokens) {
      return (long) (promptTokens - cachedTokens) * promptPrice + (long) cachedTokens * cachedPrice
          + (long) (completionTokens + reasoningTokens) * completionPrice;
    }
  }

  private static final List<Model> MODELS = List.of(
      new Model("grok-4-0709", Kind.LANGUAGE, List.of("grok-4", "grok-4-latest"), 1752019200L,
          true, false, true, 30000, 7500, 150000, 256000, 0),
      new Model("grok-4-fast-reasoning", Kind.LANGUAGE, List.of("grok-4-fast", "grok-4-fast-reasoning-latest"),
          1758240000L, true, false, true, 2000, 500, 5000, 2000000, 0),
      new Model("grok-4-fast-non-reasoning", Kind.LANGUAGE, List.of("grok-4-fast-non-reasoning-latest"),
          1758240000L, false, false, true, 2000, 500, 5000, 2000000, 0),
      new Model("grok-code-fast-1", Kind.LANGUAGE, List.of("grok-code-fast", "grok-code-fast-1-0825"),
          1756166400L, true, true, false, 2000, 200, 15000, 256000, 0),
      new Model("grok-3", Kind.LANGUAGE, List.of("grok-3-latest"), 1743724800L,
          false, false, false, 30000, 7500, 150000, 131072, 0),
      new Model("grok-3-mini", Kind.LANGUAGE, List.of("grok-3-mini-latest"), 1743724800L,
          true, true, false, 3000, 750, 5000, 131072, 0),
      new Model("grok-2-image-1212", Kind.IMAGE, List.of("grok-2-image", "grok-2-image-latest"), 1736726400L,
          false, false, false, 0, 0, 0, 0, 700_000_000L),
      new Model("grok-imagine-image", Kind.IMAGE, List.of(), 1759276800L,
          false, false, true, 0, 0, 0, 0, 200_000_000L),
      new Model("grok-imagine-video", Kind.VIDEO, List.of(), 1759276800L,
          false, false, true, 0, 0, 0, 0, 500_000_000L),
      new Model("grok-embed-1", Kind.EMBEDDING, List.of("grok-embed"), 1746057600L,
          false, false, false, 100, 0, 0, 8192, 0));

  private Catalogue() {}

  /** Every model, in catalogue order. */
  public static List<Model> all() {
    return MODELS;
  }

  /** The models of one kind. */
  public static List<Model> all(Kind kind) {
    List<Model> out = new ArrayList<>();
    for (Model m : MODELS) {
      if (m.kind() == kind) {
        out.add(m);
      }
    }
    return out;
  }

  /** The model with this id or alias (case-insensitive), or null. */
  public static Model find(String name) {
    if (name == null) {
      return null;
    }
    String n = name.toLowerCase(Locale.ROOT);
    for (Model m : MODELS) {
      if (m.id().equals(n) || m.aliases().contains(n)) {
        return m;
      }
    }
    return null;
  }

  /** The default model of a kind, used when a request may leave {@code model} out. */
  public static Model fallback(Kind kind) {
    switch (kind) {
      case IMAGE:
        return find("grok-imagine-image");
      case VIDEO:
        return find("grok-imagine-video");
      case EMBEDDING:
        return find("grok-embed-1");
      default:
        return find("grok-4-fast-reasoning");
    }
  }

  /** The short form of {@code /v1/models} (an OpenAI-style model object). */
  public static JsonObject brief(Model m) {
    return Json.obj().put("id", m.id()).put("created", m.created()).put("object", "model")
        .put("owned_by", "xai").put("aliases", Json.strings(m.aliases())).build();
  }

  /** The full form of the kind-specific lists ({@code /v1/language-models} and so on). */
  public static JsonObject detail(Model m) {
    Json.Obj o = Json.obj().put("id", m.id()).put("fingerprint", m.fingerprint()).put("created", m.created())
        .put("object", "model").put("owned_by", "xai").put("version", "1.0");
    JsonArray input = Json.strings(m.images() ? List.of("text", "image") : List.of("text"));
    switch (m.kind()) {
      case LANGUAGE:
        o.put("input_modalities", input).put("output_modalities", Json.strings(List.of("text")))
            .put("prompt_text_token_price", m.promptPrice())
            .put("cached_prompt_text_token_price", m.cachedPrice())
            .put("prompt_image_token_price", m.images() ? m.promptPrice() : 0)
            .put("completion_text_token_price", m.completionPrice())
            .put("search_price", 250_000_000L)
            .put("prompt_text_token_price_long_context", m.promptPrice() * 2)
            .put("cached_prompt_text_token_price_long_context", m.cachedPrice() * 2)
            .put("completion_text_token_price_long_context", m.completionPrice() * 2)
            .put("long_context_threshold", 128000);
        if (m.showsReasoning()) {
          o.put("capabilities", Json.obj().put("reasoning_effort", Json.strings(List.of("low", "high")))
              .put("default_reasoning_effort", "low"));
        }
        break;
      case IMAGE:
        o.put("max_prompt_length", 1024).put("input_modalities", input)
            .put("output_modalities", Json.strings(List.of("image"))).put("image_price", m.unitPrice())
            .put("pricing", pricing(m));
        break;
      case VIDEO:
        o.put("input_modalities", Json.strings(List.of("text", "image", "video")))
            .put("output_modalities", Json.strings(List.of("video")));
        break;
      default:
        o.put("input_modalities", Json.strings(List.of("text")))
            .put("output_modalities", Json.strings(List.of("embedding")))
            .put("prompt_text_token_price", m.promptPrice()).put("prompt_image_token_price", 0);
    }
    return o.put("aliases", Json.strings(m.aliases())).build();
  }

  private static JsonArray pricing(Model m) {
    JsonArray tiers = new JsonArray();
    tiers.add(Json.obj().put("quality", "standard").put("resolution", "1k").put("price_per_image", m.unitPrice()).build());
    tiers.add(Json.obj().put("quality", "standard").put("resolution", "2k").put("price_per_image", m.unitPrice() * 2).build());
    return tiers;
  }
}
