package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.ApiKey;
import io.github.xaijava.generated.model.GetMeResponse;

/**
 * The credentials in use: the API key's details ({@code GET /v1/api-key}) and who is calling
 * ({@code GET /v1/me}). Reached with {@code client.apiKey()}; without blocking,
 * {@code client.async().apiKey()}. Errors as in {@link ChatService}. Thread-safe.
 */
public interface ApiKeyService {

  /** The API key's details (its value redacted by xAI), team, ACLs and whether it is blocked. */
  default ApiKey info() {
    return info(RequestOptions.none());
  }

  /** @see #info() */
  ApiKey info(RequestOptions options);

  /** The caller: the API key or OAuth session behind the request. */
  default GetMeResponse me() {
    return me(RequestOptions.none());
  }

  /** @see #me() */
  GetMeResponse me(RequestOptions options);
}
