package io.github.xaijava.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationsTest {

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  @Test
  void everyMethodOfEveryPathInDocumentOrder() {
    JsonObject doc = json("{\"paths\": {"
        + "\"/v1/files\": {\"parameters\": [], \"summary\": \"s\","
        + "  \"post\": {\"operationId\": \"upload\"}, \"get\": {\"operationId\": \"list\"}},"
        + "\"/v1/files/{id}\": {\"delete\": {}, \"trace\": {\"operationId\": \"t\"},"
        + "  \"x-get\": {\"operationId\": \"no\"}, \"head\": \"not an object\"},"
        + "\"/broken\": 1}}");
    List<Operations.Operation> ops = Operations.of(doc);
    assertEquals(List.of("post /v1/files", "get /v1/files", "delete /v1/files/{id}",
        "trace /v1/files/{id}"), ops.stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals("upload", ops.get(0).operationId());
    assertNull(ops.get(2).operationId());
    JsonObject item = doc.getAsJsonObject("paths").getAsJsonObject("/v1/files");
    assertSame(item.get("post"), ops.get(0).node());
    assertSame(item, ops.get(0).pathItem());
    assertThrows(UnsupportedOperationException.class, () -> ops.remove(0));
  }

  @Test
  void pathItemsByReference() {
    JsonObject doc = json("{\"paths\": {\"/v1/a\": {\"$ref\": \"#/components/pathItems/A\"}},"
        + "\"components\": {\"pathItems\": {\"A\": {\"get\": {\"operationId\": \"a\"}}}}}");
    List<Operations.Operation> ops = Operations.of(doc);
    assertEquals(1, ops.size());
    assertEquals("a", ops.get(0).operationId());
    assertEquals("/v1/a", ops.get(0).path());
  }

  @Test
  void noPathsNoOperations() {
    assertEquals(List.of(), Operations.of(json("{\"openapi\": \"3.1.0\"}")));
    assertEquals(List.of(), Operations.of(json("{\"paths\": []}")));
  }

  @Test
  void theEightMethods() {
    assertEquals(8, Operations.METHODS.size());
    for (String method : List.of("get", "put", "post", "delete", "options", "head", "patch", "trace")) {
      assertTrue(Operations.isMethod(method), method);
    }
    assertFalse(Operations.isMethod("GET"));
    assertFalse(Operations.isMethod("parameters"));
  }
}
