package io.github.xaijava.internal.http;

import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sets our {@code User-Agent} (unless the caller set one) and the client-wide default headers
 * (unless the request already has them), so xAI can tell this library's traffic apart.
 */
final class UserAgentInterceptor implements Interceptor {

  static final String VERSION = "0.1.0-SNAPSHOT";
  static final String USER_AGENT =
      "xai-java/" + VERSION + " Java/" + System.getProperty("java.version", "?");

  private final Map<String, String> defaultHeaders;

  UserAgentInterceptor(Map<String, String> defaultHeaders) {
    this.defaultHeaders = defaultHeaders;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder b = request.newBuilder();
    if (request.header("User-Agent") == null) {
      b.header("User-Agent", USER_AGENT);
    }
    defaultHeaders.forEach(
        (name, value) -> {
          if (request.header(name) == null) {
            b.header(name, value);
          }
        });
    return chain.proceed(b.build());
  }
}
