package io.github.xaijava.internal.http;

import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The headers every request of a client gets, in one copy of the request: our
 * {@code User-Agent} (unless the caller set one), so xAI can tell this library's traffic apart;
 * the client-wide default headers (unless the request already has them); and
 * {@code Authorization: Bearer <key>} unless the request, or a client-wide header, carries its
 * own (a per-request header wins). The key lives only in this object, which has no
 * {@code toString} exposing it.
 */
final class ClientHeadersInterceptor implements Interceptor {

  static final String VERSION = "0.1.0-SNAPSHOT";
  static final String USER_AGENT =
      "xai-java/" + VERSION + " Java/" + System.getProperty("java.version", "?");

  private final Map<String, String> defaultHeaders;
  private final String authorization;

  ClientHeadersInterceptor(Map<String, String> defaultHeaders, String apiKey) {
    this.defaultHeaders = defaultHeaders;
    this.authorization = "Bearer " + apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder b = request.newBuilder();
    if (request.header("User-Agent") == null) {
      b.header("User-Agent", USER_AGENT);
    }
    boolean hasAuthorization = request.header("Authorization") != null;
    for (Map.Entry<String, String> h : defaultHeaders.entrySet()) {
      if (request.header(h.getKey()) == null) {
        b.header(h.getKey(), h.getValue());
        hasAuthorization |= h.getKey().equalsIgnoreCase("Authorization");
      }
    }
    if (!hasAuthorization) {
      b.header("Authorization", authorization);
    }
    return chain.proceed(b.build());
  }

  @Override
  public String toString() {
    return "ClientHeadersInterceptor{[redacted]}";
  }
}
