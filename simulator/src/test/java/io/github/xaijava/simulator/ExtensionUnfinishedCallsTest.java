package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * The extension fails a passed test that leaves the simulator answering a call (a stream nobody reads
 * or closes), and leaves failed tests and opted-out extensions alone. Driven through its callbacks with
 * a minimal context, and a raw socket as the careless client.
 */
class ExtensionUnfinishedCallsTest {
  /** A dripping stream lasts a few seconds: long enough to be caught open, short enough for a test. */
  private static final Duration DRIP = Duration.ofMillis(300);

  @Test
  void aStreamLeftOpenFailsThePassedTestAndNamesTheCall() throws Exception {
    XaiSimulatorExtension ext = new XaiSimulatorExtension().withGrace(Duration.ofMillis(100));
    ExtensionContext passed = context(null);
    ext.beforeAll(passed);
    try {
      ext.beforeEach(passed);
      ext.faults().next(1).drip(DRIP);
      try (Socket careless = openStream(ext.simulator())) {
        assertEquals(List.of("POST /v1/chat/completions"), ext.simulator().callsInProgress());
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ext.afterEach(passed));
        assertTrue(e.getMessage().contains("[POST /v1/chat/completions]"), e.getMessage());
      }
      // Closed: the simulator notices at its next event and stops answering.
      ext.withGrace(Duration.ofSeconds(5));
      ext.beforeEach(passed);
      assertDoesNotThrow(() -> ext.afterEach(passed));
      assertEquals(List.of(), ext.simulator().callsInProgress());
    } finally {
      ext.afterAll(passed);
    }
  }

  @Test
  void aFailedTestIsNotFailedAgain() throws Exception {
    XaiSimulatorExtension ext = new XaiSimulatorExtension().withGrace(Duration.ofMillis(50));
    ExtensionContext failed = context(new AssertionError("the test's own failure"));
    ext.beforeAll(failed);
    try {
      ext.beforeEach(failed);
      ext.faults().next(1).drip(DRIP);
      try (Socket careless = openStream(ext.simulator())) {
        assertDoesNotThrow(() -> ext.afterEach(failed));
      }
    } finally {
      ext.afterAll(failed);
    }
  }

  @Test
  void allowingUnfinishedCallsTurnsTheCheckOff() throws Exception {
    XaiSimulatorExtension ext = new XaiSimulatorExtension().withGrace(Duration.ofMillis(50)).allowingUnfinishedCalls();
    ExtensionContext passed = context(null);
    ext.beforeAll(passed);
    try {
      ext.beforeEach(passed);
      ext.faults().next(1).drip(DRIP);
      try (Socket careless = openStream(ext.simulator())) {
        assertDoesNotThrow(() -> ext.afterEach(passed));
      }
    } finally {
      ext.afterAll(passed);
    }
  }

  /** Sends a streamed chat request and reads the answer's headers; the stream stays open. */
  private static Socket openStream(XaiSimulator sim) throws IOException {
    Socket socket = new Socket("127.0.0.1", sim.port());
    byte[] body = "{\"model\":\"grok-4\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"
        .getBytes(StandardCharsets.UTF_8);
    OutputStream out = socket.getOutputStream();
    out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + sim.apiKey()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed before the headers: " + head);
      }
      head.append((char) b);
    }
    assertTrue(head.toString().startsWith("HTTP/1.1 200"), head.toString());
    return socket;
  }

  /** A context that knows only whether the test failed, which is all the extension asks. */
  private static ExtensionContext context(Throwable failure) {
    return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
        new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> {
          if (method.getName().equals("getExecutionException")) {
            return Optional.ofNullable(failure);
          }
          if (method.getName().equals("toString")) {
            return "ExtensionContext{failure=" + failure + "}";
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
