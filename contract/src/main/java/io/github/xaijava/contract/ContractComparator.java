package io.github.xaijava.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares two versions of an OpenAPI document for what changes for a client: operations,
 * parameters, request bodies and responses, then every component schema once.
 *
 * <p>Direction matters. Request-side schemas are what the client sends, so anything the server
 * accepts less of breaks (a new required property, a narrowed type, a removed enum value);
 * response-side schemas are what the client reads, so anything that may now arrive in a form
 * older code does not expect breaks (a removed property, a value that may now be null or of
 * another type). A component schema is on the sides from which some operation reaches it, in
 * either version; one no operation reaches is reported but never breaking. New optional
 * properties, new operations, new enum values and new union forms in responses do not break:
 * our models keep unknown properties and read unknown values and forms without failing.
 */
public final class ContractComparator {

  enum Direction {
    REQUEST, RESPONSE
  }

  private static final Set<String> UPPER_LIMITS =
      Set.of("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties");
  private static final Set<String> LOWER_LIMITS =
      Set.of("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties");
  private static final Map<String, String> WIDER_FORMAT = Map.of("int32", "int64", "float", "double");

  private final OpenApiDocument older;
  private final OpenApiDocument newer;
  private final List<Change> changes = new ArrayList<>();
  private final Map<String, Set<Direction>> usage = new HashMap<>();
  private final Map<String, String> renames;
  /** Schemas counted as response-side although no operation reaches them. */
  private final Set<String> assumed = new HashSet<>();
  /** True while comparing one of {@link #assumed}, so the report says so. */
  private boolean inAssumed;

  private ContractComparator(OpenApiDocument older, OpenApiDocument newer) {
    this.older = older;
    this.newer = newer;
    this.renames = Renames.detect(older, newer);
    recordUsage(older);
    recordUsage(newer);
    assumeResponses(older);
    assumeResponses(newer);
  }

  /** What changes for a client that follows {@code newer} after {@code older}. */
  public static ContractReport compare(OpenApiDocument older, OpenApiDocument newer) {
    ContractComparator comparator = new ContractComparator(older, newer);
    comparator.compareOperations();
    comparator.compareComponents();
    return new ContractReport(older.name(), newer.name(), comparator.changes, List.of(), 0);
  }

  // ------------------------------------------------------------------------------------------
  // Which side of the wire each component schema is on

  private void recordUsage(OpenApiDocument doc) {
    for (OpenApiDocument.Operation op : doc.operations().values()) {
      Set<String> request = new LinkedHashSet<>();
      Set<String> response = new LinkedHashSet<>();
      for (JsonObject parameter : parameters(doc, op).values()) {
        collectRefs(doc, parameter, request);
      }
      if (op.node.has("requestBody")) {
        collectRefs(doc, doc.deref(op.node.get("requestBody")), request);
      }
      JsonObject responses = OpenApiDocument.object(op.node, "responses");
      if (responses != null) {
        for (Map.Entry<String, JsonElement> r : responses.entrySet()) {
          collectRefs(doc, doc.deref(r.getValue()), response);
        }
      }
      request.forEach(name -> usage.computeIfAbsent(name, k -> EnumSet.noneOf(Direction.class))
          .add(Direction.REQUEST));
      response.forEach(name -> usage.computeIfAbsent(name, k -> EnumSet.noneOf(Direction.class))
          .add(Direction.RESPONSE));
    }
  }

  /**
   * Schemas no operation reaches are mostly what the client reads without an operation naming
   * it (stream chunks and events): they, and what they reach, count as response-side.
   */
  private void assumeResponses(OpenApiDocument doc) {
    Set<String> reached = new HashSet<>(usage.keySet());
    for (String name : doc.schemaNames()) {
      if (reached.contains(name)) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      names.add(name);
      collectRefs(doc, doc.schema(name).orElseThrow(), names);
      for (String found : names) {
        if (!reached.contains(found)) {
          usage.computeIfAbsent(found, k -> EnumSet.noneOf(Direction.class)).add(Direction.RESPONSE);
          assumed.add(found);
        }
      }
    }
  }

  private static void collectRefs(OpenApiDocument doc, JsonElement element, Set<String> names) {
    if (element instanceof JsonObject) {
      for (Map.Entry<String, JsonElement> member : ((JsonObject) element).entrySet()) {
        if (member.getKey().equals("$ref")) {
          String ref = OpenApiDocument.text(member.getValue());
          String name = OpenApiDocument.schemaName(ref);
          if (name != null) {
            String component = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
            if (names.add(component)) {
              doc.schema(component).ifPresent(body -> collectRefs(doc, body, names));
            }
          } else if (ref != null) {
            JsonElement target = doc.resolve(ref);
            if (target != null && target != element) {
              collectRefs(doc, target, names);
            }
          }
        } else {
          collectRefs(doc, member.getValue(), names);
        }
      }
    } else if (element != null && element.isJsonArray()) {
      element.getAsJsonArray().forEach(item -> collectRefs(doc, item, names));
    }
  }

  private Set<Direction> usageOf(String schemaName) {
    return usage.getOrDefault(schemaName, EnumSet.noneOf(Direction.class));
  }

  // ------------------------------------------------------------------------------------------
  // Recording changes

  /**
   * Records a schema-level change; {@code requestImpact} / {@code responseImpact} are the
   * sentences that apply when the position is on that side and the change breaks there (null:
   * it does not break there).
   */
  private void emit(Change.Kind kind, String where, Set<Direction> sides, String what,
      String requestImpact, String responseImpact) {
    emit(kind, where, sides, what, requestImpact, responseImpact, sideLabel(sides));
  }

  private void emit(Change.Kind kind, String where, Set<Direction> sides, String what,
      String requestImpact, String responseImpact, String side) {
    boolean breaksRequest = sides.contains(Direction.REQUEST) && requestImpact != null;
    boolean breaksResponse = sides.contains(Direction.RESPONSE) && responseImpact != null;
    String impact;
    if (breaksRequest && breaksResponse && !requestImpact.equals(responseImpact)) {
      impact = "In requests: " + requestImpact + " In responses: " + responseImpact;
    } else if (breaksRequest) {
      impact = requestImpact;
    } else if (breaksResponse) {
      impact = responseImpact;
    } else {
      impact = "";
    }
    changes.add(new Change(kind, breaksRequest || breaksResponse, where, side, what, impact));
  }

  /** Records an operation-level change; {@code impact} null when it does not break. */
  private void emitOperation(Change.Kind kind, String where, String what, String impact) {
    changes.add(new Change(kind, impact != null, where, "", what, impact));
  }

  private String sideLabel(Set<Direction> sides) {
    if (sides.isEmpty()) {
      return "unused";
    }
    if (inAssumed && sides.equals(EnumSet.of(Direction.RESPONSE))) {
      return "response (no operation)";
    }
    if (sides.size() == 2) {
      return "request and response";
    }
    return sides.contains(Direction.REQUEST) ? "request" : "response";
  }

  private static String code(String text) {
    return "`" + text + "`";
  }

  // ------------------------------------------------------------------------------------------
  // Operations

  private void compareOperations() {
    Map<String, OpenApiDocument.Operation> before = older.operations();
    Map<String, OpenApiDocument.Operation> after = newer.operations();
    for (Map.Entry<String, OpenApiDocument.Operation> entry : after.entrySet()) {
      OpenApiDocument.Operation was = before.get(entry.getKey());
      if (was == null) {
        emitOperation(Change.Kind.ADDED, entry.getValue().label(), "operation added", null);
      } else {
        compareOperation(was, entry.getValue());
      }
    }
    for (Map.Entry<String, OpenApiDocument.Operation> entry : before.entrySet()) {
      if (!after.containsKey(entry.getKey())) {
        String label = entry.getValue().label();
        emitOperation(Change.Kind.REMOVED, label, "operation removed", code(label)
            + " is gone from the document: calls to it will fail, and its generated method"
            + " disappears when the client is regenerated.");
      }
    }
  }

  private void compareOperation(OpenApiDocument.Operation a, OpenApiDocument.Operation b) {
    String label = b.label();
    String idA = a.operationId();
    String idB = b.operationId();
    if (idA != null && idB != null && !idA.equals(idB)) {
      emitOperation(Change.Kind.CHANGED, label, "operationId " + code(idA) + " → " + code(idB)
          + " (generated/shaping.json names methods by operationId)", null);
    }
    boolean deprecatedA = isTrue(a.node.get("deprecated"));
    boolean deprecatedB = isTrue(b.node.get("deprecated"));
    if (deprecatedA != deprecatedB) {
      emitOperation(Change.Kind.CHANGED, label, deprecatedB ? "now deprecated" : "no longer deprecated", null);
    }
    compareParameters(label, parameters(older, a), parameters(newer, b));
    compareRequestBody(label, a, b);
    compareResponses(label, a, b);
    Set<String> securityA = security(older, a);
    Set<String> securityB = security(newer, b);
    if (!securityA.equals(securityB)) {
      emitOperation(Change.Kind.CHANGED, label, "security " + securityA + " → " + securityB, null);
    }
  }

  /** Path-level and operation-level parameters, keyed {@code in:name}; the operation's win. */
  private static Map<String, JsonObject> parameters(OpenApiDocument doc, OpenApiDocument.Operation op) {
    Map<String, JsonObject> parameters = new LinkedHashMap<>();
    for (JsonObject owner : List.of(op.pathItem, op.node)) {
      for (JsonElement element : OpenApiDocument.list(owner.get("parameters"))) {
        JsonObject parameter = doc.deref(element);
        String in = OpenApiDocument.text(parameter.get("in"));
        String name = OpenApiDocument.text(parameter.get("name"));
        if (in != null && name != null) {
          // A path parameter's name is its position: {file_id} renamed {id} is the same one.
          parameters.put(in + ":" + (in.equals("path") ? "{}" + position(op.path, name) : name),
              parameter);
        }
      }
    }
    return parameters;
  }

  private static int position(String path, String name) {
    int index = 0;
    for (String segment : path.split("/")) {
      if (segment.startsWith("{")) {
        if (segment.equals("{" + name + "}")) {
          return index;
        }
        index++;
      }
    }
    return -1;
  }

  private void compareParameters(String label, Map<String, JsonObject> before, Map<String, JsonObject> after) {
    Set<Direction> request = EnumSet.of(Direction.REQUEST);
    for (Map.Entry<String, JsonObject> entry : after.entrySet()) {
      JsonObject b = entry.getValue();
      String where = label + " " + b.get("in").getAsString() + " parameter "
          + b.get("name").getAsString();
      JsonObject a = before.get(entry.getKey());
      boolean requiredB = isTrue(b.get("required"));
      if (a == null) {
        emitOperation(Change.Kind.ADDED, where, requiredB ? "required parameter added" : "parameter added",
            requiredB ? code(where) + " is new and required: calls without it will be rejected." : null);
        continue;
      }
      boolean requiredA = isTrue(a.get("required"));
      if (!requiredA && requiredB) {
        emitOperation(Change.Kind.CHANGED, where, "now required",
            code(where) + " is now required: calls without it will be rejected.");
      } else if (requiredA && !requiredB) {
        emitOperation(Change.Kind.CHANGED, where, "no longer required", null);
      }
      compareSchema(where, SchemaView.of(older, a.get("schema")), SchemaView.of(newer, b.get("schema")),
          request, new HashSet<>());
    }
    for (Map.Entry<String, JsonObject> entry : before.entrySet()) {
      if (!after.containsKey(entry.getKey())) {
        JsonObject a = entry.getValue();
        String where = label + " " + a.get("in").getAsString() + " parameter "
            + a.get("name").getAsString();
        emitOperation(Change.Kind.REMOVED, where, "parameter removed", code(where)
            + " is gone: calls that pass it may be rejected or have it ignored, and the generated"
            + " method loses the parameter.");
      }
    }
  }

  private void compareRequestBody(String label, OpenApiDocument.Operation opA, OpenApiDocument.Operation opB) {
    JsonObject a = opA.node.has("requestBody") ? older.deref(opA.node.get("requestBody")) : null;
    JsonObject b = opB.node.has("requestBody") ? newer.deref(opB.node.get("requestBody")) : null;
    String where = label + " request";
    if (a == null && b == null) {
      return;
    }
    if (a == null) {
      boolean required = isTrue(b.get("required"));
      emitOperation(Change.Kind.ADDED, where, required ? "required request body added" : "request body added",
          required ? code(label) + " now requires a request body: calls without one will be rejected." : null);
      return;
    }
    if (b == null) {
      emitOperation(Change.Kind.REMOVED, where, "request body removed", code(label)
          + " no longer takes a request body: calls that send one may be rejected, and the"
          + " generated method changes.");
      return;
    }
    boolean requiredA = isTrue(a.get("required"));
    boolean requiredB = isTrue(b.get("required"));
    if (!requiredA && requiredB) {
      emitOperation(Change.Kind.CHANGED, where, "request body now required",
          code(label) + " now requires a request body: calls without one will be rejected.");
    } else if (requiredA && !requiredB) {
      emitOperation(Change.Kind.CHANGED, where, "request body no longer required", null);
    }
    compareContent(where, label, a, b, EnumSet.of(Direction.REQUEST), true);
  }

  private void compareResponses(String label, OpenApiDocument.Operation opA, OpenApiDocument.Operation opB) {
    JsonObject a = OpenApiDocument.orEmpty(OpenApiDocument.object(opA.node, "responses"));
    JsonObject b = OpenApiDocument.orEmpty(OpenApiDocument.object(opB.node, "responses"));
    for (String status : b.keySet()) {
      String where = label + " response " + status;
      if (!a.has(status)) {
        emitOperation(Change.Kind.ADDED, where, "response added", null);
        continue;
      }
      compareContent(where, label, older.deref(a.get(status)), newer.deref(b.get(status)),
          EnumSet.of(Direction.RESPONSE), status.startsWith("2"));
    }
    for (String status : a.keySet()) {
      if (!b.has(status)) {
        emitOperation(Change.Kind.REMOVED, label + " response " + status, "response removed", null);
      }
    }
  }

  /** Compares the media types of a request body or a response, and their schemas. */
  private void compareContent(String where, String label, JsonObject a, JsonObject b,
      Set<Direction> side, boolean removalBreaks) {
    JsonObject contentA = OpenApiDocument.orEmpty(OpenApiDocument.object(a, "content"));
    JsonObject contentB = OpenApiDocument.orEmpty(OpenApiDocument.object(b, "content"));
    boolean request = side.contains(Direction.REQUEST);
    boolean single = contentA.size() <= 1 && contentB.size() <= 1
        && contentA.keySet().equals(contentB.keySet());
    for (String mediaType : contentB.keySet()) {
      if (!contentA.has(mediaType)) {
        emitOperation(Change.Kind.ADDED, where + " " + mediaType, "media type added", null);
        continue;
      }
      String position = single ? where : where + " " + mediaType;
      compareSchema(position,
          SchemaView.of(older, OpenApiDocument.object(contentA, mediaType).get("schema")),
          SchemaView.of(newer, OpenApiDocument.object(contentB, mediaType).get("schema")),
          side, new HashSet<>());
    }
    for (String mediaType : contentA.keySet()) {
      if (!contentB.has(mediaType)) {
        String impact = !removalBreaks ? null : request
            ? code(label) + " no longer accepts " + code(mediaType) + " bodies: calls sending them will be rejected."
            : code(label) + " no longer answers with " + code(mediaType) + ": the client cannot read the answer as before.";
        emitOperation(Change.Kind.REMOVED, where + " " + mediaType, "media type removed", impact);
      }
    }
  }

  private static Set<String> security(OpenApiDocument doc, OpenApiDocument.Operation op) {
    JsonElement security = op.node.has("security") ? op.node.get("security") : doc.json().get("security");
    Set<String> schemes = new TreeSet<>();
    for (JsonElement requirement : OpenApiDocument.list(security)) {
      if (requirement instanceof JsonObject) {
        schemes.add(String.join("+", new TreeSet<>(((JsonObject) requirement).keySet())));
      }
    }
    return schemes;
  }

  // ------------------------------------------------------------------------------------------
  // Component schemas

  private void compareComponents() {
    Map<String, String> renamedTo = renames;
    Map<String, String> renamedFrom = new HashMap<>();
    renamedTo.forEach((from, to) -> renamedFrom.put(to, from));
    for (String name : newer.schemaNames()) {
      inAssumed = assumed.contains(name);
      if (older.schema(name).isPresent()) {
        compareSchema(name, SchemaView.of(older, older.schema(name).get()),
            SchemaView.of(newer, newer.schema(name).get()), usageOf(name), new HashSet<>());
      } else if (renamedFrom.containsKey(name)) {
        emit(Change.Kind.CHANGED, name, usageOf(name),
            "schema renamed from " + code(renamedFrom.get(name)) + " (same structure)", null, null);
      } else {
        emit(Change.Kind.ADDED, name, usageOf(name), "schema added", null, null);
      }
    }
    for (String name : older.schemaNames()) {
      inAssumed = assumed.contains(name);
      if (newer.schema(name).isEmpty() && !renamedTo.containsKey(name)) {
        emit(Change.Kind.REMOVED, name, usageOf(name),
            "schema removed (where it was used is listed on its own)", null, null);
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // Schemas

  private void compareSchema(String where, SchemaView a, SchemaView b, Set<Direction> sides,
      Set<String> visiting) {
    if (a.ref != null && a.ref.equals(b.ref)) {
      // The same component: its own changes are reported once, at the component.
      nullability(where, a.wrapperNullable, b.wrapperNullable, a.ref, b.ref, sides);
      return;
    }
    String pair = a.ref + "\u0000" + b.ref;
    if (a.ref != null && b.ref != null && !b.ref.equals(renames.get(a.ref))) {
      emit(Change.Kind.CHANGED, where, sides, "now " + code(b.ref) + " (was " + code(a.ref) + ")",
          null, null);
    }
    if ((a.ref != null || b.ref != null) && !visiting.add(pair)) {
      return;
    }
    try {
      compareContents(where, a, b, sides, visiting);
    } finally {
      visiting.remove(pair);
    }
  }

  private void compareContents(String where, SchemaView a, SchemaView b, Set<Direction> sides,
      Set<String> visiting) {
    nullability(where, a.nullable, b.nullable, a.describe(), b.describe(), sides);
    if (a.nothing || b.nothing) {
      if (a.nothing != b.nothing) {
        emit(Change.Kind.CHANGED, where, sides, a.describe() + " → " + b.describe(),
            b.nothing ? code(where) + " no longer accepts any value." : null,
            a.nothing ? code(where) + " may now carry a value where there was none." : null);
      }
      return;
    }
    if (a.isUnion() || b.isUnion()) {
      if (a.isUnion() && b.isUnion()) {
        compareForms(where, a, b, sides, visiting);
      } else if (b.isUnion()) {
        becameUnion(where, a, b, sides);
      } else {
        stoppedUnion(where, a, b, sides);
      }
      if (a.isObject() && b.isObject()) {
        compareObject(where, a, b, sides, visiting);
      }
      return;
    }
    if (!compareTypes(where, a, b, sides)) {
      return;
    }
    compareEnums(where, a, b, sides);
    compareFormat(where, a, b, sides);
    compareLimits(where, a, b, sides);
    compareDefault(where, a, b, sides);
    flag(where, a.node, b.node, "deprecated", sides);
    flag(where, a.node, b.node, "readOnly", sides);
    flag(where, a.node, b.node, "writeOnly", sides);
    compareIncludes(where, a, b, sides);
    if (a.isObject() && b.isObject()) {
      compareObject(where, a, b, sides, visiting);
    }
    if (a.types.contains("array") && b.types.contains("array")) {
      compareSchema(where + "[]", childOrAny(a, "items"), childOrAny(b, "items"), sides, visiting);
    }
  }

  private static SchemaView childOrAny(SchemaView view, String key) {
    SchemaView child = view.child(key);
    return child == null ? SchemaView.of(view.doc, new JsonObject()) : child;
  }

  private void nullability(String where, boolean a, boolean b, String typeA, String typeB,
      Set<Direction> sides) {
    if (a == b) {
      return;
    }
    String plainA = typeA.replace(" or null", "");
    String plainB = typeB.replace(" or null", "");
    if (b) {
      emit(Change.Kind.CHANGED, where, sides, "may now be null (" + code(plainA) + " → "
          + code(plainB + " or null") + ")", null,
          code(where) + " may now be null: code that reads it as always present must handle"
              + " null (its accessor becomes optional).");
    } else {
      emit(Change.Kind.CHANGED, where, sides, "no longer nullable (" + code(plainA + " or null")
          + " → " + code(plainB) + ")",
          code(where) + " no longer accepts null: requests that send null for it will be rejected.",
          null);
    }
  }

  private static boolean covers(Set<String> types, String type) {
    return types.contains(type) || (type.equals("integer") && types.contains("number"));
  }

  private static boolean coversAll(Set<String> wider, Set<String> narrower) {
    return narrower.stream().allMatch(t -> covers(wider, t));
  }

  /** Compares the JSON types; true when the two still share a type, so deeper checks apply. */
  private boolean compareTypes(String where, SchemaView a, SchemaView b, Set<Direction> sides) {
    if (a.types.isEmpty() && b.types.isEmpty()) {
      return true;
    }
    String was = code(String.join(" or ", a.types.isEmpty() ? Set.of("any") : a.types));
    String now = code(String.join(" or ", b.types.isEmpty() ? Set.of("any") : b.types));
    if (a.types.isEmpty() || b.types.isEmpty()) {
      if ((a.types.isEmpty() && !a.any()) || (b.types.isEmpty() && !b.any())) {
        return true; // a side constrained by allOf parts only: compared part by part below
      }
      boolean narrowed = a.types.isEmpty();
      emit(Change.Kind.CHANGED, where, sides, "type " + was + " → " + now,
          narrowed ? code(where) + " now only accepts " + now + ": requests sending anything else will be rejected." : null,
          narrowed ? null : code(where) + " may now be any JSON value: code that reads it as " + was + " breaks.");
      return false;
    }
    boolean widened = coversAll(b.types, a.types);
    boolean narrowed = coversAll(a.types, b.types);
    if (widened && narrowed) {
      return true;
    }
    if (widened) {
      emit(Change.Kind.CHANGED, where, sides, "type " + was + " → " + now, null,
          code(where) + " may now be " + now + " where it was " + was
              + ": code that reads it as " + was + " breaks.");
      return true;
    }
    if (narrowed) {
      emit(Change.Kind.CHANGED, where, sides, "type " + was + " → " + now,
          code(where) + " now only accepts " + now + " (was " + was
              + "): requests sending another type will be rejected.", null);
      return true;
    }
    String sentence = code(where) + " changed from " + was + " to " + now
        + ": code that sets or reads it as " + was + " no longer works.";
    emit(Change.Kind.CHANGED, where, sides, "type " + was + " → " + now, sentence, sentence);
    return a.types.stream().anyMatch(t -> covers(b.types, t)) || b.types.stream().anyMatch(t -> covers(a.types, t));
  }

  private void becameUnion(String where, SchemaView a, SchemaView b, Set<Direction> sides) {
    String was = code(a.describe().replace(" or null", ""));
    String now = code(b.describe().replace(" or null", ""));
    boolean oldFormKept = b.formViews().stream().anyMatch(form -> sameKind(a, form));
    emit(Change.Kind.CHANGED, where, sides, "now a union: " + was + " → " + now,
        code(where) + " becomes a union (" + now + "): code that sets it must pass the union type"
            + (oldFormKept ? ", although a " + was + " value is still accepted on the wire." : "."),
        code(where) + " may now arrive as " + now + " instead of always " + was
            + ": code that reads it as " + was + " breaks.");
  }

  private void stoppedUnion(String where, SchemaView a, SchemaView b, Set<Direction> sides) {
    String was = code(a.describe().replace(" or null", ""));
    String now = code(b.describe().replace(" or null", ""));
    emit(Change.Kind.CHANGED, where, sides, "no longer a union: " + was + " → " + now,
        code(where) + " now only accepts " + now + " (was " + was
            + "): requests using the other forms will be rejected.",
        code(where) + " is now always " + now + " (was " + was
            + "): its accessor's type changes, so code that reads the union no longer compiles.");
  }

  private static boolean sameKind(SchemaView a, SchemaView form) {
    if (a.ref != null) {
      return a.ref.equals(form.ref);
    }
    return !a.types.isEmpty() && a.types.equals(form.types);
  }

  private void compareForms(String where, SchemaView a, SchemaView b, Set<Direction> sides,
      Set<String> visiting) {
    List<SchemaView> formsA = a.formViews();
    List<SchemaView> formsB = b.formViews();
    Map<Integer, Integer> pairs = new LinkedHashMap<>();
    Set<Integer> takenB = new HashSet<>();
    for (int i = 0; i < formsA.size(); i++) {
      String key = formKey(formsA.get(i));
      if (key == null) {
        continue;
      }
      for (int j = 0; j < formsB.size(); j++) {
        if (!takenB.contains(j) && key.equals(formKey(formsB.get(j)))) {
          pairs.put(i, j);
          takenB.add(j);
          break;
        }
      }
    }
    // Untagged inline objects are matched by position among themselves.
    List<Integer> looseA = new ArrayList<>();
    List<Integer> looseB = new ArrayList<>();
    for (int i = 0; i < formsA.size(); i++) {
      if (formKey(formsA.get(i)) == null) {
        looseA.add(i);
      }
    }
    for (int j = 0; j < formsB.size(); j++) {
      if (formKey(formsB.get(j)) == null && !takenB.contains(j)) {
        looseB.add(j);
      }
    }
    for (int k = 0; k < Math.min(looseA.size(), looseB.size()); k++) {
      pairs.put(looseA.get(k), looseB.get(k));
      takenB.add(looseB.get(k));
    }
    for (int i = 0; i < formsA.size(); i++) {
      String label = formsA.get(i).formLabel(i);
      if (pairs.containsKey(i)) {
        int j = pairs.get(i);
        compareSchema(where + "(" + formsB.get(j).formLabel(j) + ")", formsA.get(i), formsB.get(j),
            sides, visiting);
      } else {
        emit(Change.Kind.REMOVED, where, sides, "form " + code(label) + " removed",
            code(where) + " no longer accepts the " + code(label)
                + " form: requests using it will be rejected.", null);
      }
    }
    for (int j = 0; j < formsB.size(); j++) {
      if (!takenB.contains(j)) {
        emit(Change.Kind.ADDED, where, sides, "form " + code(formsB.get(j).formLabel(j))
            + " added" + (sides.contains(Direction.RESPONSE) ? " (older clients read it as an unknown form)" : ""),
            null, null);
      }
    }
  }

  /** A form's key, with renamed components known by their new name. */
  private String formKey(SchemaView form) {
    String key = form.formKey();
    if (key != null && key.startsWith("ref:") && renames.containsKey(key.substring(4))) {
      return "ref:" + renames.get(key.substring(4));
    }
    return key;
  }

  private void compareEnums(String where, SchemaView a, SchemaView b, Set<Direction> sides) {
    if (a.enumValues == null && b.enumValues == null) {
      return;
    }
    if (a.enumValues == null) {
      emit(Change.Kind.CHANGED, where, sides, "now limited to " + values(b.enumValues),
          code(where) + " now only accepts " + values(b.enumValues)
              + ": requests with other values will be rejected.", null);
      return;
    }
    if (b.enumValues == null) {
      emit(Change.Kind.CHANGED, where, sides, "no longer limited to " + values(a.enumValues), null, null);
      return;
    }
    List<JsonElement> removed = a.enumValues.stream().filter(v -> !b.enumValues.contains(v))
        .collect(Collectors.toList());
    List<JsonElement> added = b.enumValues.stream().filter(v -> !a.enumValues.contains(v))
        .collect(Collectors.toList());
    if (!removed.isEmpty()) {
      emit(Change.Kind.REMOVED, where, sides, (removed.size() == 1 ? "value " : "values ")
          + values(removed) + " removed",
          code(where) + " no longer accepts " + values(removed)
              + ": requests using " + (removed.size() == 1 ? "it" : "them") + " will be rejected.", null);
    }
    if (!added.isEmpty()) {
      emit(Change.Kind.ADDED, where, sides, (added.size() == 1 ? "value " : "values ")
          + values(added) + " added", null, null);
    }
  }

  private static String values(List<JsonElement> values) {
    return values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
  }

  private void compareFormat(String where, SchemaView a, SchemaView b, Set<Direction> sides) {
    String formatA = OpenApiDocument.text(a.keyword("format"));
    String formatB = OpenApiDocument.text(b.keyword("format"));
    if (formatA == null ? formatB == null : formatA.equals(formatB)) {
      return;
    }
    String what = "format " + code(String.valueOf(formatA)) + " → " + code(String.valueOf(formatB));
    if (formatA != null && formatB != null && formatB.equals(WIDER_FORMAT.get(formatA))) {
      emit(Change.Kind.CHANGED, where, sides, what, null, code(where) + " is now " + formatB
          + " (was " + formatA + "): values may no longer fit the type code reads them into.");
    } else if (formatA != null && formatB != null && formatA.equals(WIDER_FORMAT.get(formatB))) {
      emit(Change.Kind.CHANGED, where, sides, what, code(where) + " is now " + formatB + " (was "
          + formatA + "): requests with larger values will be rejected.", null);
    } else {
      emit(Change.Kind.CHANGED, where, sides, what, null, null);
    }
  }

  private void compareLimits(String where, SchemaView a, SchemaView b, Set<Direction> sides) {
    for (String key : List.of("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum",
        "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties")) {
      JsonElement limitA = a.keyword(key);
      JsonElement limitB = b.keyword(key);
      if (limitA == null ? limitB == null : limitA.equals(limitB)) {
        continue;
      }
      String what = key + " " + (limitA == null ? "none" : limitA.toString()) + " → "
          + (limitB == null ? "none" : limitB.toString());
      Integer order = compareNumbers(limitA, limitB);
      boolean tighter;
      if (UPPER_LIMITS.contains(key)) {
        tighter = limitA == null || (order != null && order < 0);
      } else {
        tighter = limitA == null || (order != null && order > 0);
      }
      if (limitB == null) {
        tighter = false;
      }
      emit(Change.Kind.CHANGED, where, sides, what,
          tighter ? code(where) + " now has " + key + " " + limitB
              + ": requests outside it will be rejected." : null, null);
    }
    String patternA = OpenApiDocument.text(a.keyword("pattern"));
    String patternB = OpenApiDocument.text(b.keyword("pattern"));
    if (patternA == null ? patternB != null : !patternA.equals(patternB)) {
      emit(Change.Kind.CHANGED, where, sides, "pattern " + code(String.valueOf(patternA)) + " → "
              + code(String.valueOf(patternB)),
          patternB == null ? null : code(where) + " must now match " + code(patternB)
              + ": requests with other values will be rejected.", null);
    }
    boolean uniqueA = isTrue(a.keyword("uniqueItems"));
    boolean uniqueB = isTrue(b.keyword("uniqueItems"));
    if (uniqueA != uniqueB) {
      emit(Change.Kind.CHANGED, where, sides, uniqueB ? "items must now be unique" : "items no longer need to be unique",
          uniqueB ? code(where) + " must now hold unique items: requests with repeats will be rejected." : null, null);
    }
    JsonElement multipleA = a.keyword("multipleOf");
    JsonElement multipleB = b.keyword("multipleOf");
    if (multipleA == null ? multipleB != null : !multipleA.equals(multipleB)) {
      emit(Change.Kind.CHANGED, where, sides, "multipleOf " + multipleA + " → " + multipleB,
          multipleB == null ? null : code(where) + " must now be a multiple of " + multipleB
              + ": requests with other values will be rejected.", null);
    }
  }

  /** Sign of b - a for two numbers (1: b is larger), or null when either is not a number. */
  private static Integer compareNumbers(JsonElement a, JsonElement b) {
    if (a == null || b == null || !a.isJsonPrimitive() || !b.isJsonPrimitive()
        || !a.getAsJsonPrimitive().isNumber() || !b.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    return Integer.signum(new BigDecimal(b.getAsString()).compareTo(new BigDecimal(a.getAsString())));
  }

  private void compareDefault(String where, SchemaView a, SchemaView b, Set<Direction> sides) {
    JsonElement defaultA = a.keyword("default");
    JsonElement defaultB = b.keyword("default");
    if (defaultA == null ? defaultB != null : !defaultA.equals(defaultB)) {
      emit(Change.Kind.CHANGED, where, sides, "default " + (defaultA == null ? "none" : code(defaultA.toString()))
          + " → " + (defaultB == null ? "none" : code(defaultB.toString())), null, null);
    }
  }

  private void flag(String where, JsonObject a, JsonObject b, String key, Set<Direction> sides) {
    boolean flagA = isTrue(a.get(key));
    boolean flagB = isTrue(b.get(key));
    if (flagA != flagB) {
      emit(Change.Kind.CHANGED, where, sides, (flagB ? "now " : "no longer ") + key, null, null);
    }
  }

  private void compareIncludes(String where, SchemaView a, SchemaView b, Set<Direction> sides) {
    Set<String> before = new LinkedHashSet<>();
    for (String name : a.allOfRefs) {
      before.add(renames.getOrDefault(name, name));
    }
    Set<String> after = new LinkedHashSet<>(b.allOfRefs);
    for (String name : after) {
      if (!before.contains(name)) {
        boolean demands = newer.schema(name)
            .map(body -> !SchemaView.of(newer, body).required.isEmpty()).orElse(false);
        emit(Change.Kind.ADDED, where, sides, "now also includes " + code(name),
            demands ? code(where) + " now also has to satisfy " + code(name)
                + ": requests may need properties they did not send before." : null, null);
      }
    }
    for (String name : before) {
      if (!after.contains(name)) {
        emit(Change.Kind.REMOVED, where, sides, "no longer includes " + code(name), null,
            code(where) + " no longer carries the properties of " + code(name)
                + ": code that reads them gets nothing.");
      }
    }
  }

  private void compareObject(String where, SchemaView a, SchemaView b, Set<Direction> sides,
      Set<String> visiting) {
    Set<String> names = new LinkedHashSet<>(b.properties.keySet());
    names.addAll(a.properties.keySet());
    for (String name : names) {
      String sub = where + "." + name;
      boolean inA = a.properties.containsKey(name);
      boolean inB = b.properties.containsKey(name);
      boolean requiredA = a.required.contains(name);
      boolean requiredB = b.required.contains(name);
      if (!inA) {
        emit(Change.Kind.ADDED, sub, sides, requiredB ? "required property added" : "property added",
            requiredB ? code(sub) + " is new and required: requests without it will be rejected,"
                + " so every caller must set it." : null, null);
      } else if (!inB) {
        emit(Change.Kind.REMOVED, sub, sides, "property removed",
            code(sub) + " is no longer accepted: requests that set it may be rejected or have it"
                + " ignored, and its builder method disappears when the client is regenerated.",
            "xAI no longer sends " + code(sub) + ": code that reads it gets nothing, and its"
                + " accessor disappears when the client is regenerated.");
      } else {
        compareSchema(sub, a.property(name), b.property(name), sides, visiting);
        if (!requiredA && requiredB) {
          emit(Change.Kind.CHANGED, sub, sides, "now required",
              code(sub) + " is now required: requests without it will be rejected.", null);
        } else if (requiredA && !requiredB) {
          emit(Change.Kind.CHANGED, sub, sides, "no longer required", null,
              code(sub) + " may now be absent from answers: code that reads it as always present"
                  + " must handle its absence (its accessor becomes optional).");
        }
      }
    }
    compareAdditional(where, a, b, sides, visiting);
    JsonElement namesA = a.keyword("propertyNames");
    JsonElement namesB = b.keyword("propertyNames");
    if (namesA != null || namesB != null) {
      compareSchema(where + "{name}", childOrAny(a, "propertyNames"), childOrAny(b, "propertyNames"),
          sides, visiting);
    }
  }

  private void compareAdditional(String where, SchemaView a, SchemaView b, Set<Direction> sides,
      Set<String> visiting) {
    JsonElement extraA = a.keyword("additionalProperties");
    JsonElement extraB = b.keyword("additionalProperties");
    boolean closedA = extraA != null && extraA.isJsonPrimitive() && !extraA.getAsBoolean();
    boolean closedB = extraB != null && extraB.isJsonPrimitive() && !extraB.getAsBoolean();
    if (closedA != closedB) {
      emit(Change.Kind.CHANGED, where, sides,
          closedB ? "no longer allows other properties" : "now allows other properties",
          closedB ? code(where) + " no longer allows properties it does not list: requests with"
              + " others will be rejected." : null, null);
      return;
    }
    if (extraA instanceof JsonObject || extraB instanceof JsonObject) {
      compareSchema(where + "{}", childOrAny(a, "additionalProperties"),
          childOrAny(b, "additionalProperties"), sides, visiting);
    }
  }

  private static boolean isTrue(JsonElement element) {
    return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isBoolean()
        && element.getAsBoolean();
  }
}
