package io.github.xaijava.modulecheck;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpServer;
import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ChatRequest;
import java.lang.reflect.InaccessibleObjectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import okhttp3.OkHttpClient;

/**
 * Run by {@code ModulePathTest} in a child JVM with the client's jars on the module path and this
 * class on the class path, as an application would: calls a loopback server through the client,
 * reads a structured answer into a record of this (unnamed) module, and checks that the client's
 * internals are closed. Prints {@code OK} and exits 0, or prints what failed and exits 1.
 */
public final class ModulePathProbe {

  record Capital(String city) {
  }

  private ModulePathProbe() {
  }

  public static void main(String[] args) throws Exception {
    check("io.github.xaijava".equals(XaiClient.class.getModule().getName()), "client module");
    check("io.github.xaijava.generated".equals(ChatRequest.class.getModule().getName()),
        "generated module");
    check("com.google.gson".equals(Gson.class.getModule().getName()), "gson module");
    check(OkHttpClient.class.getModule().isNamed(), "okhttp on the module path");
    Module client = XaiClient.class.getModule();
    check(client.getPackages().contains("io.github.xaijava.internal.http"), "internal present");
    check(!client.isExported("io.github.xaijava.internal.http"), "internal not exported");
    check(client.isExported("io.github.xaijava.streaming"), "streaming exported");
    try {
      Class.forName("io.github.xaijava.internal.http.Transport").getDeclaredConstructors()[0]
          .setAccessible(true);
      check(false, "reflection into internal refused");
    } catch (InaccessibleObjectException expected) {
      // closed, as it should be
    }

    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      byte[] body = ("{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"grok-4\","
          + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
          + "\"{\\\"city\\\":\\\"Rome\\\"}\"},\"finish_reason\":\"stop\"}]}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try (XaiClient xai = XaiClient.create(o -> o.apiKey("xai-probe-key")
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()))) {
      ChatRequest request = ChatRequest.builder().model("grok-4").addUserMessage("Capital?").build();
      check(xai.chat().create(request).text().contains("Rome"), "plain call");
      check("Rome".equals(xai.chat().parse(request, Capital.class).value().city()),
          "structured answer into a record of the application");
    } finally {
      server.stop(0);
    }
    System.out.println("OK");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      System.out.println("FAILED: " + what);
      System.exit(1);
    }
  }
}
