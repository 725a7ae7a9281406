package io.github.xaijava.generated.internal;

import io.github.xaijava.generated.support.UnknownForm;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and writes a sealed union: an interface whose forms are objects told apart by a
 * discriminator property ({@code "type": "message"}, {@code "role": "user"}).
 *
 * <p>Reading is one pass when the discriminator is the object's first member (xAI writes it
 * first) and one form claims its value: the rest of the object goes straight to that form's
 * adapter. Otherwise, and only then, the union's own subtree is buffered and the forms that can
 * hold it are tried best first: forms claiming the value, then forms without a fixed value, each
 * needing its required properties and scored by how many member names it knows. JSON that no
 * form reads becomes the union's {@code Unknown} form, never an error. Not for direct use: the
 * generated {@code ModelTypeAdapters} builds one per union.
 *
 * @param <T> the union interface
 */
public final class SealedUnionAdapter<T> extends TypeAdapter<T> {

  /** One form of a union, as the generated table describes it. */
  public static final class Form {
    final Class<?> type;
    final boolean nested;
    final Set<String> values;
    final Set<String> required;
    final Set<String> known;
    private volatile TypeAdapter<?> adapter;

    Form(Class<?> type, boolean nested, List<String> values, List<String> required,
        List<String> known) {
      this.type = type;
      this.nested = nested;
      this.values = Set.copyOf(values);
      this.required = Set.copyOf(required);
      this.known = Set.copyOf(known);
    }

    boolean isWildcard() {
      return values.isEmpty();
    }
  }

  /**
   * A form of the union.
   *
   * @param type the form's class (a model, or a nested sealed union)
   * @param nested whether {@code type} is itself a sealed union
   * @param values the discriminator values the form claims (empty: any)
   * @param required its required property names, besides the discriminator
   * @param known every property name it declares
   */
  public static Form form(Class<?> type, boolean nested, List<String> values,
      List<String> required, List<String> known) {
    return new Form(type, nested, values, required, known);
  }

  private final Gson gson;
  private final String name;
  private final String discriminator;
  private final Function<JsonElement, ? extends T> unknown;
  private final List<Form> forms;
  private final Map<String, List<Form>> byValue = new LinkedHashMap<>();
  private final List<Form> wildcards = new ArrayList<>();

  /**
   * @param name the union's simple name, for messages
   * @param discriminator the JSON name of the discriminator, or null when forms differ by shape
   * @param unknown makes the {@code Unknown} form for JSON no form reads
   */
  public SealedUnionAdapter(Gson gson, String name, String discriminator,
      Function<JsonElement, ? extends T> unknown, List<Form> forms) {
    this.gson = gson;
    this.name = name;
    this.discriminator = discriminator;
    this.unknown = unknown;
    this.forms = List.copyOf(forms);
    for (Form form : this.forms) {
      if (form.isWildcard()) {
        wildcards.add(form);
      }
      for (String value : form.values) {
        byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(form);
      }
    }
  }

  private TypeAdapter<?> adapter(Form form) {
    TypeAdapter<?> a = form.adapter;
    if (a == null) {
      // Looked up on first use, once Gson has finished building every adapter of the cycle.
      a = gson.getAdapter(form.type);
      form.adapter = a;
    }
    return a;
  }

  @Override
  public T read(JsonReader in) throws IOException {
    JsonToken token = in.peek();
    if (token == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    if (token != JsonToken.BEGIN_OBJECT) {
      return unknown(ModelJson.readElement(in));
    }
    in.beginObject();
    if (discriminator != null && in.hasNext()) {
      String first = in.nextName();
      if (first.equals(discriminator) && in.peek() == JsonToken.STRING) {
        return readAfterDiscriminator(in, in.nextString());
      }
      JsonObject tree = new JsonObject();
      tree.add(first, ModelJson.readElement(in));
      return fromTree(ModelJson.readRest(in, tree));
    }
    return fromTree(ModelJson.readRest(in, new JsonObject()));
  }

  /** Reads the rest of an object whose discriminator member was read with {@code value}. */
  T readAfterDiscriminator(JsonReader in, String value) throws IOException {
    List<Form> candidates = candidates(value);
    if (candidates.size() == 1 && !candidates.get(0).isWildcard()) {
      Form form = candidates.get(0);
      TypeAdapter<?> adapter = adapter(form);
      if (adapter instanceof SealedUnionAdapter<?> nested) {
        return cast(nested.readAfterDiscriminator(in, value));
      }
      if (adapter instanceof ModelAdapter<?> model) {
        return cast(model.readMembers(in, discriminator, value));
      }
    }
    JsonObject tree = new JsonObject();
    tree.add(discriminator, new JsonPrimitive(value));
    return choose(ModelJson.readRest(in, tree), candidates);
  }

  private List<Form> candidates(String value) {
    List<Form> claimed = byValue.getOrDefault(value, List.of());
    if (wildcards.isEmpty()) {
      return claimed;
    }
    List<Form> all = new ArrayList<>(claimed);
    all.addAll(wildcards);
    return all;
  }

  /** The form for a buffered object, or the Unknown form. */
  T fromTree(JsonObject tree) {
    T value = fromTreeOrNull(tree);
    return value != null ? value : unknown(tree);
  }

  private T unknown(JsonElement json) {
    UnknownForms.seen();
    return unknown.apply(json);
  }

  private T fromTreeOrNull(JsonObject tree) {
    JsonElement d = discriminator == null ? null : tree.get(discriminator);
    List<Form> candidates;
    if (d != null && d.isJsonPrimitive()) { // a null discriminator reads as an absent one
      candidates = candidates(d.getAsString());
      if (candidates.size() == 1 && !candidates.get(0).isWildcard()) {
        // The discriminator names one form: read it as the one-pass path does when the
        // discriminator comes first, so the order of the members never changes the form (a
        // missing required property fails when it is asked for, not here).
        T value = readAsOrNull(candidates.get(0), tree);
        if (value != null) {
          return value;
        }
      }
    } else {
      candidates = wildcards.isEmpty() ? forms : wildcards;
    }
    return chooseOrNull(tree, candidates);
  }

  /** {@code tree} read as {@code form}, or null when it does not fit (nothing counted then). */
  private T readAsOrNull(Form form, JsonObject tree) {
    int before = UnknownForms.count();
    TypeAdapter<?> adapter = adapter(form);
    try {
      Object value = adapter instanceof SealedUnionAdapter<?> nested
          ? nested.fromTreeOrNull(tree)
          : adapter.fromJsonTree(tree);
      return value == null ? null : cast(value);
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      UnknownForms.reset(before);
      return null;
    }
  }

  private T choose(JsonObject tree, List<Form> candidates) {
    T value = chooseOrNull(tree, candidates);
    return value != null ? value : unknown(tree);
  }

  private T chooseOrNull(JsonObject tree, List<Form> candidates) {
    List<Form> ranked = new ArrayList<>();
    Map<Form, Integer> scores = new LinkedHashMap<>();
    for (Form form : candidates) {
      int score = score(form, tree);
      if (score >= 0) {
        ranked.add(form);
        scores.put(form, score);
      }
    }
    ranked.sort(Comparator.comparing((Form f) -> scores.get(f)).reversed());
    // Best first; a candidate whose nested unions all knew their forms wins at once, otherwise
    // the one with the fewest unknown forms inside.
    int before = UnknownForms.count();
    Object best = null;
    int bestUnknowns = Integer.MAX_VALUE;
    for (Form form : ranked) {
      TypeAdapter<?> adapter = adapter(form);
      Object value;
      try {
        value = adapter instanceof SealedUnionAdapter<?> nested
            ? nested.fromTreeOrNull(tree)
            : adapter.fromJsonTree(tree);
      } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
        UnknownForms.reset(before);
        continue; // this form does not fit the JSON; try the next one
      }
      int unknowns = UnknownForms.count() - before;
      UnknownForms.reset(before);
      if (value == null) {
        continue;
      }
      if (unknowns == 0) {
        return cast(value);
      }
      if (unknowns < bestUnknowns) {
        best = value;
        bestUnknowns = unknowns;
      }
    }
    if (best != null) {
      UnknownForms.reset(before + bestUnknowns);
    }
    return best == null ? null : cast(best);
  }

  private static int score(Form form, JsonObject tree) {
    if (form.nested) {
      return 10;
    }
    for (String r : form.required) {
      JsonElement value = tree.get(r);
      if (value == null || value.isJsonNull()) { // null reads as absent, as in the forms
        return -1;
      }
    }
    int score = form.isWildcard() ? 0 : 1000;
    for (Map.Entry<String, JsonElement> member : tree.entrySet()) {
      if (!member.getValue().isJsonNull()) { // a null member counts as absent
        score += form.known.contains(member.getKey()) ? 3 : -1;
      }
    }
    return Math.max(score, 0);
  }

  @SuppressWarnings("unchecked")
  private T cast(Object value) {
    return (T) value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(JsonWriter out, T value) throws IOException {
    if (value == null) {
      out.nullValue();
      return;
    }
    if (value instanceof UnknownForm u) {
      ModelJson.writeElement(out, u.json());
      return;
    }
    for (Form form : forms) {
      if (form.type.isInstance(value)) {
        ((TypeAdapter<Object>) adapter(form)).write(out, value);
        return;
      }
    }
    throw new IllegalArgumentException(value.getClass().getName() + " is not a form of " + name);
  }

  @Override
  public String toString() {
    return "SealedUnionAdapter[" + name + "]";
  }
}
