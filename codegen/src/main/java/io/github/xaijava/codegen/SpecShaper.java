package io.github.xaijava.codegen;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.xaijava.openapi.Supplement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Shapes an OpenAPI 3.x document into the input of openapi-generator and our templates.
 *
 * <p>The document keeps its structure; what changes is how it is spelled, and what is added for
 * the templates under {@code x-xai-*} keys: operations grouped and named, one spelling for each
 * construct, every inline union, union form and object a named schema, every union classified
 * (sealed or holder) and described, every property given its Java names, types, codec and
 * Javadoc, multipart files last. Each of these is a pass of its own class, run in the order of
 * {@link #shape()}; each reads what the passes before it left, through a {@link ShapingContext}.
 * The rules come from {@link Shaping} and are keyed by names only, so any published version of
 * xAI's document yields the same Java API where its structure is the same.
 */
public final class SpecShaper {

  private final JsonObject doc;
  private final Shaping rules;
  private ShapingContext context;

  SpecShaper(JsonObject doc, Shaping rules) {
    this.doc = doc;
    this.rules = rules;
  }

  /**
   * {@code SpecShaper SPEC RULES OUT [SUPPLEMENT]}: reads the OpenAPI document SPEC (JSON),
   * merged with our SUPPLEMENT when one is given ({@link Supplement#merge}: SPEC wins), and the
   * shaping rules; writes the shaped document to OUT and {@code service-defaults.md} beside it.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3 && args.length != 4) {
      throw new IllegalArgumentException("usage: SpecShaper SPEC RULES OUT [SUPPLEMENT]");
    }
    JsonObject doc = readDocument(Path.of(args[0]));
    if (args.length == 4 && Files.exists(Path.of(args[3]))) {
      doc = Supplement.merge(doc, readDocument(Path.of(args[3])));
    }
    SpecShaper shaper = new SpecShaper(doc, Shaping.read(Path.of(args[1])));
    JsonObject shaped = shaper.shape();
    Path out = Path.of(args[2]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Gson gson = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();
    Files.writeString(out, gson.toJson(shaped), StandardCharsets.UTF_8);
    for (String note : shaper.notes()) {
      System.out.println("[xai-codegen] " + note);
    }
    // Beside the shaped document: what got a default service method, for the update report.
    StringBuilder defaults = new StringBuilder();
    for (String line : shaper.context.serviceDefaults()) {
      defaults.append("- ").append(line).append('\n');
    }
    Path report = out.resolveSibling("service-defaults.md");
    Files.writeString(report, defaults.toString(), StandardCharsets.UTF_8);
  }

  /** Reads a JSON OpenAPI 3 document; anything else is refused with a one-line reason. */
  static JsonObject readDocument(Path spec) throws IOException {
    String text = Files.readString(spec, StandardCharsets.UTF_8);
    JsonElement parsed;
    try {
      parsed = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException(spec + " is not JSON: " + e.getMessage(), e);
    }
    if (!parsed.isJsonObject()) {
      throw new IllegalArgumentException(spec + " is not a JSON object");
    }
    return parsed.getAsJsonObject();
  }

  /** What was noticed while shaping (rules that did not apply, forms that were left alone). */
  List<String> notes() {
    return context == null ? List.of() : context.notes();
  }

  /**
   * Shapes the document in place and returns it. The passes, in order; each class says what it
   * does, and each is made when it runs, so it sees the schemas the passes before it left.
   */
  JsonObject shape() {
    ShapingContext c = ShapingContext.open(doc, rules);
    context = c;
    new OperationNaming(c).apply();     // interfaces by path segment, method names, streaming
    new ServiceLayer(rules).apply(c);   // x-xai-service: the facade's service methods
    new DropSchemas(c).apply();         // schemas no operation uses, by rule
    new Normalise(c).apply();           // nullable refs, single allOf, allOf over a union
    new InlineAliases(c).apply();       // a schema that only refers to another is that other
    new NotRequired(c).apply();         // required in the document, absent on the wire
    new Discriminators(c).apply();      // discriminator values the document leaves out
    new HoistUnions(c).apply();         // inline unions in properties become components
    new UnionForms(c).apply();          // inline union forms become components; oneOf only
    new HoistInlineObjects(c).apply();  // inline objects and enums become components
    new Renames(c).apply();             // schema names become Java class names
    new EnumNames(c).apply();           // readable names for values like 16:9
    new JsonObjects(c).apply();         // free-form {} properties typed as JSON objects
    new ClassifyUnions(c).apply();      // each union sealed or holder
    new DescribeUnions(c).apply();      // x-xai-union: dispatch and forms, or holder forms
    new AnnotateModels(c).apply();      // kinds, Java names, types, codecs, Javadoc
    new Helpers(c).apply();             // convenience methods the rules ask for
    new MultipartOrder(c).apply();      // file parts last
    new CustomVerbs(c).apply();         // an id before ":verb" is sent percent-encoded
    return doc;
  }
}
