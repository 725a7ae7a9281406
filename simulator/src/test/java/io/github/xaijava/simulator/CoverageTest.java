package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.networknt.schema.ValidationMessage;
import io.github.xaijava.simulator.internal.Json;
import io.github.xaijava.simulator.internal.OpenApi;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of the API document has a route, hand-written or default: none answers "no such
 * endpoint" or 405; and a default route answers what the document declares.
 */
class CoverageTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @Test
  void everyOperationOfTheDocumentIsRouted() {
    List<OpenApi.Operation> operations = OpenApi.get().operations();
    assertTrue(operations.size() >= 40, "the document has " + operations.size() + " operations");
    List<String> unrouted = new ArrayList<>();
    Http http = new Http(xai.simulator());
    for (OpenApi.Operation op : operations) {
      String path = op.path().replaceAll("\\{[^}]+}", "unknown-id");
      HttpRequest.Builder b = http.request(path);
      if (op.method().equals("GET")) {
        b.GET();
      } else if (op.method().equals("DELETE")) {
        b.DELETE();
      } else {
        b.header("Content-Type", "application/json").method(op.method(), HttpRequest.BodyPublishers.ofString("{}"));
      }
      Http.Reply r = http.send(b);
      assertNotEquals(500, r.status(), op + " " + r.text());
      if (r.status() == 405 || r.text().contains("No such endpoint")) {
        unrouted.add(op.method() + " " + op.path());
      }
    }
    assertTrue(unrouted.isEmpty(), "not routed: " + unrouted);
  }

  /**
   * The same operations moved under {@code /default}, where no hand-written route matches: each gets
   * a default route, which takes a request body generated from the request schema and answers the
   * lowest 2xx with a body that fits the success schema, as a validator nobody here wrote checks.
   */
  @Test
  void defaultRouteOfEveryOperationAnswersItsSuccessSchema(@TempDir Path dir) {
    JsonObject document = Documents.servedFromJar();
    JsonObject moved = new JsonObject();
    document.getAsJsonObject("paths").entrySet().forEach(e -> moved.add("/default" + e.getKey(), e.getValue()));
    document.add("paths", moved);
    OpenApi api = OpenApi.get();
    List<String> failures = new ArrayList<>();
    try (XaiSimulator sim = XaiSimulator.builder().openApi(Documents.write(document, dir)).build().start()) {
      Http http = new Http(sim);
      for (OpenApi.Operation op : api.operations()) {
        HttpRequest.Builder b = http.request("/default" + op.path().replaceAll("\\{[^}]+}", "id-1"));
        if (op.requestContentType() == null) {
          b.method(op.method(), HttpRequest.BodyPublishers.noBody());
        } else if (op.requestContentType().equals("application/json")) {
          b.header("Content-Type", "application/json").method(op.method(),
              HttpRequest.BodyPublishers.ofString(Json.write(api.instance(op.requestSchema()))));
        } else {
          b.header("Content-Type", op.requestContentType() + "; boundary=b")
              .method(op.method(), HttpRequest.BodyPublishers.ofString("--b--\r\n"));
        }
        Http.Reply r = http.send(b);
        OpenApi.Success success = op.success();
        String what = op.method() + " " + op.path() + ": " + r.status() + " ";
        if (r.status() != success.status()) {
          failures.add(what + r.text());
        } else if (success.contentType() == null) {
          continue;   // no body declared (adding requests to a batch): the status is the answer
        } else if (success.contentType().equals("application/json")) {
          Set<ValidationMessage> errors = Schemas.errors(Documents.standalone(success.schema(), document), r.text());
          if (!errors.isEmpty()) {
            failures.add(what + errors + " in " + r.text());
          }
        } else if (!success.contentType().equals(r.header("Content-Type")) || r.body().length == 0) {
          failures.add(what + r.header("Content-Type") + " with " + r.body().length + " bytes");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void documentIsInTheJar() {
    assertFalse(OpenApi.get().operations().isEmpty());
  }
}
