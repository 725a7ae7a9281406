package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionStaticFieldTest {
  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private static int port;

  @Test
  @Order(1)
  void leavesStateBehind() {
    xai.faults().always().serverError(500);
    xai.script().enqueue(ScriptedAnswer.json("{}"));
    new Uploads(xai).file("left.txt");
    port = xai.simulator().port();
  }

  @Test
  @Order(2)
  void findsItClearedInTheSameSimulator() {
    assertEquals(port, xai.simulator().port(), "one simulator for the class");
    assertEquals(0, xai.requests().size());
    assertEquals(0, xai.faults().pending());
    assertEquals(0, xai.script().pending());
    Http.Reply files = new Http(xai.simulator()).get("/v1/files");
    assertEquals(200, files.status());
    assertEquals(0, files.json().getAsJsonArray("data").size(), "stores are empty again");
  }

  /** Uploads through the files API. */
  static final class Uploads {
    private final XaiSimulatorExtension xai;

    Uploads(XaiSimulatorExtension xai) {
      this.xai = xai;
    }

    void file(String name) {
      Http h = new Http(xai.simulator());
      h.send(h.request("/v1/files").header("Content-Type", "multipart/form-data; boundary=b")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; "
              + "filename=\"" + name + "\"\r\n\r\nx\r\n--b--\r\n")));
    }
  }
}
