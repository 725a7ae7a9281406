package io.github.xaijava.contract;

import static io.github.xaijava.contract.ChangeRule.ERROR_MEDIA_TYPE_REMOVED;
import static io.github.xaijava.contract.ChangeRule.MEDIA_TYPE_ADDED;
import static io.github.xaijava.contract.ChangeRule.MEDIA_TYPE_REMOVED;
import static io.github.xaijava.contract.ChangeRule.OPERATION_ADDED;
import static io.github.xaijava.contract.ChangeRule.OPERATION_DEPRECATED;
import static io.github.xaijava.contract.ChangeRule.OPERATION_ID_CHANGED;
import static io.github.xaijava.contract.ChangeRule.OPERATION_REMOVED;
import static io.github.xaijava.contract.ChangeRule.OPERATION_UNDEPRECATED;
import static io.github.xaijava.contract.ChangeRule.PARAMETER_ADDED;
import static io.github.xaijava.contract.ChangeRule.PARAMETER_NOW_REQUIRED;
import static io.github.xaijava.contract.ChangeRule.PARAMETER_NO_LONGER_REQUIRED;
import static io.github.xaijava.contract.ChangeRule.PARAMETER_REMOVED;
import static io.github.xaijava.contract.ChangeRule.REQUEST_BODY_ADDED;
import static io.github.xaijava.contract.ChangeRule.REQUEST_BODY_NOW_REQUIRED;
import static io.github.xaijava.contract.ChangeRule.REQUEST_BODY_NO_LONGER_REQUIRED;
import static io.github.xaijava.contract.ChangeRule.REQUEST_BODY_REMOVED;
import static io.github.xaijava.contract.ChangeRule.REQUIRED_PARAMETER_ADDED;
import static io.github.xaijava.contract.ChangeRule.REQUIRED_REQUEST_BODY_ADDED;
import static io.github.xaijava.contract.ChangeRule.RESPONSE_ADDED;
import static io.github.xaijava.contract.ChangeRule.RESPONSE_REMOVED;
import static io.github.xaijava.contract.ChangeRule.SECURITY_CHANGED;
import static io.github.xaijava.contract.OpenApiDocument.isTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.xaijava.contract.WireSides.Sides;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the operations of two versions of the document: the operations themselves, their
 * parameters, request bodies and responses, and the schemas inline in them (component schemas
 * they name are compared once, by {@link ContractComparator}).
 */
final class OperationDiff {

  private final OpenApiDocument older;
  private final OpenApiDocument newer;
  private final SchemaDiff schemas;
  private final List<Change> changes;

  OperationDiff(OpenApiDocument older, OpenApiDocument newer, SchemaDiff schemas,
      List<Change> changes) {
    this.older = older;
    this.newer = newer;
    this.schemas = schemas;
    this.changes = changes;
  }

  /** Operation changes show no side in the report: the position says which part it is. */
  private void record(ChangeRule rule, String where, Sides side, String... params) {
    changes.add(rule.at(where, side, "", params));
  }

  void compare() {
    Map<String, OpenApiDocument.Operation> before = older.operations();
    Map<String, OpenApiDocument.Operation> after = newer.operations();
    for (Map.Entry<String, OpenApiDocument.Operation> entry : after.entrySet()) {
      OpenApiDocument.Operation was = before.get(entry.getKey());
      if (was == null) {
        record(OPERATION_ADDED, entry.getValue().label(), Sides.REQUEST);
      } else {
        compareOperation(was, entry.getValue());
      }
    }
    for (Map.Entry<String, OpenApiDocument.Operation> entry : before.entrySet()) {
      if (!after.containsKey(entry.getKey())) {
        record(OPERATION_REMOVED, entry.getValue().label(), Sides.REQUEST);
      }
    }
  }

  private void compareOperation(OpenApiDocument.Operation a, OpenApiDocument.Operation b) {
    String label = b.label();
    String idA = a.operationId();
    String idB = b.operationId();
    if (idA != null && idB != null && !idA.equals(idB)) {
      record(OPERATION_ID_CHANGED, label, Sides.REQUEST, "was", idA, "now", idB);
    }
    boolean deprecatedA = isTrue(a.node.get("deprecated"));
    boolean deprecatedB = isTrue(b.node.get("deprecated"));
    if (deprecatedA != deprecatedB) {
      record(deprecatedB ? OPERATION_DEPRECATED : OPERATION_UNDEPRECATED, label, Sides.REQUEST);
    }
    compareParameters(label, parameters(older, a), parameters(newer, b));
    compareRequestBody(label, a, b);
    compareResponses(label, a, b);
    Set<String> securityA = security(older, a);
    Set<String> securityB = security(newer, b);
    if (!securityA.equals(securityB)) {
      record(SECURITY_CHANGED, label, Sides.REQUEST,
          "was", securityA.toString(), "now", securityB.toString());
    }
  }

  /** Path-level and operation-level parameters, keyed {@code in:name}; the operation's win. */
  static Map<String, JsonObject> parameters(OpenApiDocument doc, OpenApiDocument.Operation op) {
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

  private void compareParameters(String label, Map<String, JsonObject> before,
      Map<String, JsonObject> after) {
    for (Map.Entry<String, JsonObject> entry : after.entrySet()) {
      JsonObject b = entry.getValue();
      String where = parameterLabel(label, b);
      JsonObject a = before.get(entry.getKey());
      boolean requiredB = isTrue(b.get("required"));
      if (a == null) {
        record(requiredB ? REQUIRED_PARAMETER_ADDED : PARAMETER_ADDED, where, Sides.REQUEST);
        continue;
      }
      boolean requiredA = isTrue(a.get("required"));
      if (!requiredA && requiredB) {
        record(PARAMETER_NOW_REQUIRED, where, Sides.REQUEST);
      } else if (requiredA && !requiredB) {
        record(PARAMETER_NO_LONGER_REQUIRED, where, Sides.REQUEST);
      }
      schemas.compare(where, SchemaView.of(older, a.get("schema")),
          SchemaView.of(newer, b.get("schema")), Sides.REQUEST, new HashSet<>());
    }
    for (Map.Entry<String, JsonObject> entry : before.entrySet()) {
      if (!after.containsKey(entry.getKey())) {
        record(PARAMETER_REMOVED, parameterLabel(label, entry.getValue()), Sides.REQUEST);
      }
    }
  }

  private static String parameterLabel(String label, JsonObject parameter) {
    return label + " " + parameter.get("in").getAsString() + " parameter "
        + parameter.get("name").getAsString();
  }

  private void compareRequestBody(String label, OpenApiDocument.Operation opA,
      OpenApiDocument.Operation opB) {
    JsonObject a = opA.node.has("requestBody") ? older.deref(opA.node.get("requestBody")) : null;
    JsonObject b = opB.node.has("requestBody") ? newer.deref(opB.node.get("requestBody")) : null;
    String where = label + " request";
    if (a == null && b == null) {
      return;
    }
    if (a == null) {
      record(isTrue(b.get("required")) ? REQUIRED_REQUEST_BODY_ADDED : REQUEST_BODY_ADDED, where,
          Sides.REQUEST, "operation", label);
      return;
    }
    if (b == null) {
      record(REQUEST_BODY_REMOVED, where, Sides.REQUEST, "operation", label);
      return;
    }
    boolean requiredA = isTrue(a.get("required"));
    boolean requiredB = isTrue(b.get("required"));
    if (!requiredA && requiredB) {
      record(REQUEST_BODY_NOW_REQUIRED, where, Sides.REQUEST, "operation", label);
    } else if (requiredA && !requiredB) {
      record(REQUEST_BODY_NO_LONGER_REQUIRED, where, Sides.REQUEST);
    }
    compareContent(where, label, a, b, Sides.REQUEST, true);
  }

  private void compareResponses(String label, OpenApiDocument.Operation opA,
      OpenApiDocument.Operation opB) {
    JsonObject a = OpenApiDocument.orEmpty(OpenApiDocument.object(opA.node, "responses"));
    JsonObject b = OpenApiDocument.orEmpty(OpenApiDocument.object(opB.node, "responses"));
    for (String status : b.keySet()) {
      String where = label + " response " + status;
      if (!a.has(status)) {
        record(RESPONSE_ADDED, where, Sides.RESPONSE);
        continue;
      }
      compareContent(where, label, older.deref(a.get(status)), newer.deref(b.get(status)),
          Sides.RESPONSE, status.startsWith("2"));
    }
    for (String status : a.keySet()) {
      if (!b.has(status)) {
        record(RESPONSE_REMOVED, label + " response " + status, Sides.RESPONSE);
      }
    }
  }

  /**
   * Compares the media types of a request body or a response, and their schemas;
   * {@code success} is false for an error response.
   */
  private void compareContent(String where, String label, JsonObject a, JsonObject b, Sides side,
      boolean success) {
    JsonObject contentA = OpenApiDocument.orEmpty(OpenApiDocument.object(a, "content"));
    JsonObject contentB = OpenApiDocument.orEmpty(OpenApiDocument.object(b, "content"));
    // With one media type on both sides the position needs no media type in its name.
    boolean single = contentA.size() <= 1 && contentB.size() <= 1
        && contentA.keySet().equals(contentB.keySet());
    for (String mediaType : contentB.keySet()) {
      if (!contentA.has(mediaType)) {
        record(MEDIA_TYPE_ADDED, where + " " + mediaType, side);
        continue;
      }
      String position = single ? where : where + " " + mediaType;
      schemas.compare(position,
          SchemaView.of(older, OpenApiDocument.object(contentA, mediaType).get("schema")),
          SchemaView.of(newer, OpenApiDocument.object(contentB, mediaType).get("schema")),
          side, new HashSet<>());
    }
    for (String mediaType : contentA.keySet()) {
      if (!contentB.has(mediaType)) {
        record(success ? MEDIA_TYPE_REMOVED : ERROR_MEDIA_TYPE_REMOVED, where + " " + mediaType,
            side, "operation", label, "mediaType", mediaType);
      }
    }
  }

  private static Set<String> security(OpenApiDocument doc, OpenApiDocument.Operation op) {
    JsonElement security =
        op.node.has("security") ? op.node.get("security") : doc.json().get("security");
    Set<String> schemes = new TreeSet<>();
    for (JsonElement requirement : OpenApiDocument.list(security)) {
      if (requirement instanceof JsonObject) {
        schemes.add(String.join("+", new TreeSet<>(((JsonObject) requirement).keySet())));
      }
    }
    return schemes;
  }
}
