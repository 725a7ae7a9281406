package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.simulator.internal.OpenApi;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every operation of the API document has a route: none answers "no such endpoint" or 405. */
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

  @Test
  void documentIsInTheJar() {
    assertFalse(OpenApi.get().operations().isEmpty());
  }
}
