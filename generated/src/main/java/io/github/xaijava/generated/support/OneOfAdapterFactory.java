package io.github.xaijava.generated.support;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Gson support for generated unions: reads any JSON form of a union and writes the form it holds.
 *
 * <p>xAI's unions carry no discriminator property. Forms are told apart the way the API does:
 * by JSON shape (string, boolean, number, array, object), then, among objects, by properties whose
 * type is a one-value enum ({@code "role": "user"}, {@code "type": "web_search"}), then by how
 * many of the object's property names a form knows. Candidates are tried best first; the first
 * that reads without error wins. JSON that no form reads is kept as unknown, never an error.
 *
 * <p>Everything is derived from the generated classes by reflection when Gson first asks for
 * the adapter; nothing lists the forms by hand.
 *
 * @param <T> the union type
 */
public abstract class OneOfAdapterFactory<T extends OneOf> implements TypeAdapterFactory {

  /** Creates a union instance; generated unions pass their private constructor. */
  @FunctionalInterface
  public interface Creator<T> {
    /** A union holding {@code value} as form {@code variant}. */
    T create(int variant, Object value);
  }

  /** Unknown forms produced so far on this thread: lets an outer union compare candidates. */
  private static final ThreadLocal<int[]> UNKNOWN_FORMS = ThreadLocal.withInitial(() -> new int[1]);

  private final Class<T> unionType;
  private final Creator<T> creator;
  private final List<TypeToken<?>> forms;

  /**
   * @param unionType the generated union class
   * @param creator its constructor
   * @param forms the Java types of its forms, in the order of the document
   */
  protected OneOfAdapterFactory(Class<T> unionType, Creator<T> creator, List<TypeToken<?>> forms) {
    this.unionType = unionType;
    this.creator = creator;
    this.forms = List.copyOf(forms);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> TypeAdapter<R> create(Gson gson, TypeToken<R> type) {
    if (type.getRawType() != unionType) {
      return null;
    }
    List<UnionForm> described = new ArrayList<>(forms.size());
    for (int i = 0; i < forms.size(); i++) {
      described.add(new UnionForm(i + 1, forms.get(i), gson));
    }
    return (TypeAdapter<R>) new UnionAdapter<>(unionType, creator, described, gson);
  }

  /** Reads and writes one union type. Package-private so nested unions can score each other. */
  static final class UnionAdapter<T extends OneOf> extends TypeAdapter<T> {
    private final Class<T> unionType;
    private final Creator<T> creator;
    private final List<UnionForm> forms;
    private final TypeAdapter<JsonElement> jsonAdapter;

    UnionAdapter(Class<T> unionType, Creator<T> creator, List<UnionForm> forms, Gson gson) {
      this.unionType = unionType;
      this.creator = creator;
      this.forms = forms;
      this.jsonAdapter = gson.getAdapter(JsonElement.class);
    }

    @Override
    public T read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return fromTree(jsonAdapter.read(in));
    }

    /** Best score any form gives this JSON, or a negative number when none accepts it. */
    int bestScore(JsonElement json) {
      int best = -1;
      for (UnionForm form : forms) {
        best = Math.max(best, form.score(json));
      }
      return best;
    }

    T fromTree(JsonElement json) {
      int[] scores = new int[forms.size()];
      List<UnionForm> ranked = new ArrayList<>();
      for (UnionForm form : forms) {
        scores[form.variant - 1] = form.score(json);
        if (scores[form.variant - 1] >= 0) {
          ranked.add(form);
        }
      }
      ranked.sort((a, b) -> Integer.compare(scores[b.variant - 1], scores[a.variant - 1]));
      // Among forms that read without error, prefer one whose nested unions all know their form:
      // a stored user message must not pass for an output message whose parts are all unknown.
      int[] unknowns = UNKNOWN_FORMS.get();
      T best = null;
      int bestUnknowns = Integer.MAX_VALUE;
      for (UnionForm form : ranked) {
        int before = unknowns[0];
        Object value;
        try {
          value = form.read(json);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
            | NumberFormatException e) {
          unknowns[0] = before;
          continue; // this form does not fit; try the next one
        }
        int added = unknowns[0] - before;
        unknowns[0] = before;
        if (value == null) {
          continue;
        }
        if (added == 0) {
          return creator.create(form.variant, value);
        }
        if (added < bestUnknowns) {
          best = creator.create(form.variant, value);
          bestUnknowns = added;
        }
      }
      if (best != null) {
        unknowns[0] += bestUnknowns;
        return best;
      }
      unknowns[0]++;
      return creator.create(OneOf.UNKNOWN, json.deepCopy());
    }

    @Override
    public void write(JsonWriter out, T union) throws IOException {
      if (union == null) {
        out.nullValue();
        return;
      }
      if (!union.isKnown()) {
        jsonAdapter.write(out, union.rawJson().orElse(JsonNull.INSTANCE));
        return;
      }
      UnionForm form = forms.get(union.variant() - 1);
      jsonAdapter.write(out, form.write(union.value()));
    }

    @Override
    public String toString() {
      return "UnionAdapter[" + unionType.getName() + "]";
    }
  }

  /** JSON of the discriminating properties of a form, put first when writing. */
  static JsonObject withDiscriminatorsFirst(JsonObject object, JsonObject discriminators) {
    if (discriminators.size() == 0) {
      return object;
    }
    JsonObject ordered = new JsonObject();
    for (String name : discriminators.keySet()) {
      JsonElement present = object.get(name);
      ordered.add(name, present == null || present.isJsonNull() ? discriminators.get(name) : present);
    }
    for (String name : object.keySet()) {
      if (!ordered.has(name)) {
        ordered.add(name, object.get(name));
      }
    }
    return ordered;
  }
}
