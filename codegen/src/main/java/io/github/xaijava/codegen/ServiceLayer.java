package io.github.xaijava.codegen;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.openapi.Operations;
import io.github.xaijava.openapi.Refs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pass that describes each operation's service methods for the facade's templates: it puts
 * an {@code x-xai-service} object on every operation, from the operation's {@code service} rule
 * in {@code shaping.json} or, without one, from the defaults below. The templates read only
 * this object and the operation itself; nothing in it is Java source.
 *
 * <p>Defaults, so that an operation nobody has written a rule for still gets typed methods:
 * <ul>
 *   <li>the service is the operation's group (the first path segment after {@code /v1}, or the
 *       group the {@code groups} rules give it), so a new segment is a new service;</li>
 *   <li>the method is named from the operation id without xAI's {@code handle_} prefix and
 *       {@code _request} suffix ({@code handle_get_deferred_image_request} →
 *       {@code getDeferredImage}); if that name is taken in its service, the generated Retrofit
 *       method's name, which is unique;</li>
 *   <li>an answer that is not JSON is a download ({@code name} as an {@code InputStream},
 *       {@code nameTo} into a file); a multipart body takes a {@code FileUpload} per file part
 *       (an upload rule's {@code maxBytes}, when given, is the most bytes of one file xAI accepts,
 *       checked by the client before sending).</li>
 * </ul>
 * Every default is reported, so that a person can refine it with a rule.
 */
final class ServiceLayer {

  private final Shaping rules;
  private final List<String> defaults = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  ServiceLayer(Shaping rules) {
    this.rules = rules;
  }

  /** Operations that got a default method name (a line each, for the update report). */
  List<String> defaults() {
    return defaults;
  }

  /** Rules that could not apply (a referenced operation is missing). */
  List<String> notes() {
    return notes;
  }

  /** One operation as seen by this pass, after {@link OperationNaming} named and grouped it. */
  private record Op(String method, String path, String originalId, String retrofitName,
      String group, JsonObject node) {
  }

  /** Runs this pass as a step of {@link SpecShaper}: its notes and defaults go to the context. */
  void apply(ShapingContext context) {
    context.paths(); // created when absent: the shaped document always has paths
    apply(Operations.of(context.document()));
    formFields(context.document());
    context.notes().addAll(notes);
    context.serviceDefaults().addAll(defaults);
  }

  /** Runs this pass over the operations of a {@code paths} object alone. */
  void apply(JsonObject paths) {
    JsonObject document = new JsonObject();
    document.add("paths", paths);
    apply(Operations.of(document));
  }

  private void apply(List<Operations.Operation> operations) {
    List<Op> ops = new ArrayList<>();
    Map<String, Op> byOriginalId = new HashMap<>();
    for (Operations.Operation operation : operations) {
      JsonObject node = operation.node();
      if (!node.has("x-xai-operation-id")) {
        continue; // not named by OperationNaming
      }
      Op op = new Op(operation.method().toUpperCase(Locale.ROOT), operation.path(),
          node.get("x-xai-operation-id").getAsString(), node.get("operationId").getAsString(),
          node.getAsJsonArray("tags").get(0).getAsString(), node);
      ops.add(op);
      byOriginalId.put(op.originalId(), op);
    }
    Map<String, Set<String>> taken = new HashMap<>();
    // Names from rules first: a default never takes a name a rule gave.
    for (Op op : ops) {
      JsonObject rule = rules.services.get(op.originalId());
      if (rule != null) {
        for (String name : ruledNames(rule)) {
          taken.computeIfAbsent(op.group(), g -> new HashSet<>()).add(name);
        }
      }
    }
    for (Op op : ops) {
      JsonObject rule = rules.services.get(op.originalId());
      JsonObject service = rule == null ? new JsonObject() : rule.deepCopy();
      if (service.has("partOf")) {
        service = new JsonObject();
        service.addProperty("skip", true);
        op.node().add("x-xai-service", service);
        continue;
      }
      resolve(service, "job", "poll", "pollMethod", byOriginalId, op);
      resolve(service, "catalog", "get", "getMethod", byOriginalId, op);
      if (service.has("job") && service.get("job").isJsonObject()) {
        // The start of a job takes its handle's type from the poll operation's resume rule.
        JsonObject job = service.getAsJsonObject("job");
        Op poll = byOriginalId.get(job.get("poll").getAsString());
        JsonObject pollRule = poll == null ? null : rules.services.get(poll.originalId());
        if (pollRule == null || !pollRule.has("resume")) {
          notes.add("job rule of " + op.originalId() + " left out: its poll operation has no resume rule");
          service.remove("job");
        } else {
          JsonObject resume = pollRule.getAsJsonObject("resume");
          job.addProperty("returns", resume.get("returns").getAsString());
          job.addProperty("impl", resume.get("impl").getAsString());
        }
      }
      boolean binary = !answersJson(op.node());
      if (binary && !service.has("download")) {
        String name = unique(defaultName(op), op, taken);
        JsonObject download = new JsonObject();
        download.addProperty("call", name);
        download.addProperty("toPath", unique(name + "To", op, taken));
        service.add("download", download);
        defaults.add(label(op) + ": download methods " + name + "(…) and " + name + "To(…, Path)"
            + " on the " + op.group() + " service (no rule in shaping.json)");
      }
      if (isMultipart(op.node()) && !service.has("upload")) {
        service.add("upload", new JsonObject());
      }
      if (service.has("upload") && service.getAsJsonObject("upload").has("fields")) {
        // The model of the form's other fields is the upload's options (made by formFields).
        JsonObject upload = service.getAsJsonObject("upload");
        upload.add("options", upload.get("fields"));
      }
      boolean plain = !binary && !service.has("page") && !service.has("catalog")
          && !(service.has("resume") && !service.has("call"))
          && !(service.has("job") && !service.has("call"));
      if (service.has("flagged") && service.get("flagged").isJsonObject()) {
        JsonObject flagged = service.getAsJsonObject("flagged");
        flagged.addProperty("flagSetter", Names.camel(flagged.get("flag").getAsString()));
      }
      if (service.has("split") && service.get("split").isJsonObject()) {
        JsonObject split = service.getAsJsonObject("split");
        split.addProperty("itemsAccessor", Names.camel(split.get("items").getAsString()));
      }
      if (plain && !service.has("call")) {
        String name = unique(defaultName(op), op, taken);
        service.addProperty("call", name);
        defaults.add(label(op) + ": method " + name + "(…) on the " + op.group()
            + " service, sync and async, and a default route in the simulator"
            + " (no rule in shaping.json)");
      }
      if ("management".equals(text(op.node(), "x-xai-host"))) {
        // Served by xAI's management host, with a management key: on XaiManagementClient.
        op.node().addProperty("x-xai-management", true);
      }
      service.addProperty("plain", plain);
      service.addProperty("pending", plain && mayBePending(op.node()));
      service.addProperty("optionalQuery", hasOptionalQuery(op.node()));
      markCursor(service, op.node());
      service.add("imports", imports(service));
      op.node().add("x-xai-service", service);
    }
  }

  private void resolve(JsonObject service, String behaviour, String ref, String into,
      Map<String, Op> byOriginalId, Op op) {
    if (!service.has(behaviour) || !service.get(behaviour).isJsonObject()) {
      return;
    }
    JsonObject b = service.getAsJsonObject(behaviour);
    Op target = byOriginalId.get(b.get(ref).getAsString());
    if (target == null) {
      notes.add(behaviour + " rule of " + op.originalId() + " left out: the document has no "
          + b.get(ref).getAsString());
      service.remove(behaviour);
      return;
    }
    b.addProperty(into, target.retrofitName());
  }

  private static List<String> ruledNames(JsonObject rule) {
    List<String> names = new ArrayList<>();
    if (rule.has("call")) {
      names.add(rule.get("call").getAsString());
    }
    for (Map.Entry<String, JsonElement> e : rule.entrySet()) {
      if (e.getValue().isJsonObject() && e.getValue().getAsJsonObject().has("call")) {
        names.add(e.getValue().getAsJsonObject().get("call").getAsString());
      }
      if (e.getValue().isJsonObject() && e.getValue().getAsJsonObject().has("toPath")) {
        names.add(e.getValue().getAsJsonObject().get("toPath").getAsString());
      }
    }
    return names;
  }

  private static String unique(String wanted, Op op, Map<String, Set<String>> taken) {
    Set<String> names = taken.computeIfAbsent(op.group(), g -> new HashSet<>());
    String name = names.contains(wanted) ? op.retrofitName() : wanted;
    names.add(name);
    return name;
  }

  /** {@code handle_get_deferred_image_request} → {@code getDeferredImage}. */
  static String defaultName(String originalId) {
    String core = originalId.replaceFirst("^handle_", "").replaceFirst("_request$", "");
    String name = Names.camel(core);
    return name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) ? "call" + Names.pascal(core) : name;
  }

  private static String defaultName(Op op) {
    return defaultName(op.originalId());
  }

  private static String label(Op op) {
    return "`" + op.method() + " " + op.path() + "`";
  }

  /**
   * Whether a success may come without a body beside one with a body: xAI's "still pending" (202
   * with nothing, then 200 with the result). The method then answers an {@code Optional}.
   */
  private static boolean mayBePending(JsonObject op) {
    JsonElement responses = op.get("responses");
    if (responses == null || !responses.isJsonObject()) {
      return false;
    }
    boolean withBody = false;
    boolean without = false;
    for (Map.Entry<String, JsonElement> r : responses.getAsJsonObject().entrySet()) {
      if (!r.getKey().startsWith("2") || !r.getValue().isJsonObject()) {
        continue;
      }
      JsonElement content = r.getValue().getAsJsonObject().get("content");
      if (content != null && content.isJsonObject() && content.getAsJsonObject().size() > 0) {
        withBody = true;
      } else {
        without = true;
      }
    }
    return withBody && without;
  }

  /** Whether the operation's success answer is JSON (or has no body): not a download. */
  private static boolean answersJson(JsonObject op) {
    JsonElement responses = op.get("responses");
    if (responses == null || !responses.isJsonObject()) {
      return true;
    }
    for (Map.Entry<String, JsonElement> r : responses.getAsJsonObject().entrySet()) {
      if (!r.getKey().startsWith("2") || !r.getValue().isJsonObject()) {
        continue;
      }
      JsonElement content = r.getValue().getAsJsonObject().get("content");
      if (content == null || !content.isJsonObject() || content.getAsJsonObject().size() == 0) {
        continue;
      }
      for (String type : content.getAsJsonObject().keySet()) {
        if (type.contains("json")) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** Whether the operation has query parameters, all optional (and no multipart body). */
  private static boolean hasOptionalQuery(JsonObject op) {
    boolean any = false;
    for (JsonObject p : parameters(op)) {
      if ("query".equals(text(p, "in"))) {
        if (p.has("required") && p.get("required").getAsBoolean()) {
          return false;
        }
        any = true;
      }
    }
    return any && !isMultipart(op);
  }

  /**
   * An upload rule with {@code fields} names a model of the form's other parts: the schema is made
   * here from the multipart schema's properties that are not files (so the fields are described
   * once, in the document), and the service takes it as the upload's options.
   */
  private void formFields(JsonObject document) {
    for (Operations.Operation op : Operations.of(document)) {
      JsonElement service = op.node().get("x-xai-service");
      JsonObject upload = service != null && service.isJsonObject()
          ? service.getAsJsonObject().getAsJsonObject("upload") : null;
      if (upload == null || !upload.has("fields")) {
        continue;
      }
      String name = upload.get("fields").getAsString();
      JsonObject form = Refs.follow(document, op.node().getAsJsonObject("requestBody")
          .getAsJsonObject("content").getAsJsonObject("multipart/form-data").getAsJsonObject("schema"));
      JsonObject fields = new JsonObject();
      fields.addProperty("type", "object");
      fields.addProperty("description", "The form fields of `" + op.method().toUpperCase(Locale.ROOT)
          + " " + op.path() + "` other than its file; unset fields are not sent.");
      JsonObject properties = new JsonObject();
      for (Map.Entry<String, JsonElement> p : form.getAsJsonObject("properties").entrySet()) {
        if (!MultipartOrder.isBinary(p.getValue())) {
          properties.add(p.getKey(), p.getValue().deepCopy());
        }
      }
      fields.add("properties", properties);
      JsonObject components = document.getAsJsonObject("components");
      components.getAsJsonObject("schemas").add(name, fields);
    }
  }

  /** Marks the query parameter that carries a page's cursor: the template passes the cursor there. */
  private void markCursor(JsonObject service, JsonObject op) {
    if (!service.has("page")) {
      return;
    }
    // The page's accessors, by the models' naming rule (JSON name in camel case).
    JsonObject page = service.getAsJsonObject("page");
    for (String key : List.of("items", "next", "more")) {
      if (page.has(key)) {
        page.addProperty(key + "Accessor", Names.camel(page.get(key).getAsString()));
      }
    }
    String cursor = service.getAsJsonObject("page").get("cursor").getAsString();
    for (JsonObject p : parameters(op)) {
      if ("query".equals(text(p, "in")) && cursor.equals(text(p, "name"))) {
        p.addProperty("x-xai-cursor", true);
        return;
      }
    }
    notes.add("page rule of " + text(op, "x-xai-operation-id") + " left out: no query parameter "
        + cursor);
    service.remove("page");
  }

  private static List<JsonObject> parameters(JsonObject op) {
    List<JsonObject> out = new ArrayList<>();
    JsonElement params = op.get("parameters");
    if (params != null && params.isJsonArray()) {
      for (JsonElement p : params.getAsJsonArray()) {
        if (p.isJsonObject()) {
          out.add(p.getAsJsonObject());
        }
      }
    }
    return out;
  }

  private static String text(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }

  /**
   * The imports the behaviours' types need, fully qualified: facade types by the
   * {@code facadeTypes} table of the rules, anything else as a generated model.
   */
  private JsonArray imports(JsonObject service) {
    Set<String> names = new java.util.TreeSet<>();
    for (Map.Entry<String, JsonElement> e : service.entrySet()) {
      if (!e.getValue().isJsonObject()) {
        continue;
      }
      for (String key : List.of("returns", "event", "answer", "params", "item", "options", "impl")) {
        String type = text(e.getValue().getAsJsonObject(), key);
        if (type != null) {
          names.add(rules.facadeTypes.getOrDefault(type, MODEL_PACKAGE + "." + type));
        }
      }
    }
    JsonArray out = new JsonArray();
    names.forEach(out::add);
    return out;
  }

  private static final String MODEL_PACKAGE = "io.github.xaijava.generated.model";

  private static boolean isMultipart(JsonObject op) {
    JsonElement body = op.get("requestBody");
    if (body == null || !body.isJsonObject()) {
      return false;
    }
    JsonElement content = body.getAsJsonObject().get("content");
    return content != null && content.isJsonObject()
        && content.getAsJsonObject().has("multipart/form-data");
  }
}
