package io.github.xaijava.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <key>} unless the request already has one (a per-request
 * header wins). The key lives only in this object, which has no {@code toString} exposing it.
 */
final class AuthInterceptor implements Interceptor {

  private final String headerValue;

  AuthInterceptor(String apiKey) {
    this.headerValue = "Bearer " + apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.request().header("Authorization") != null) {
      return chain.proceed(chain.request());
    }
    return chain.proceed(
        chain.request().newBuilder().header("Authorization", headerValue).build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{[redacted]}";
  }
}
