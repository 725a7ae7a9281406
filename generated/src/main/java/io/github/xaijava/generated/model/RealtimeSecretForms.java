package io.github.xaijava.generated.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@link RealtimeClientSecret}'s secret whichever form xAI answered in (flat, as its reference
 * shows, or nested under {@code client_secret}, as one source reports), over its public accessors
 * (the {@code helpers} rule of {@code generated/shaping.json} attaches it).
 */
interface RealtimeSecretForms {

  Optional<String> value();

  OptionalLong expiresAt();

  Optional<RealtimeSecretValue> clientSecret();

  /**
   * The secret.
   *
   * @throws IllegalStateException if the answer holds it in neither form
   */
  default String secret() {
    return value().or(() -> clientSecret().flatMap(RealtimeSecretValue::value))
        .orElseThrow(() -> new IllegalStateException("the answer holds no client secret"));
  }

  /** When the secret stops working; empty when xAI did not say. */
  default Optional<Instant> expiry() {
    OptionalLong flat = expiresAt();
    if (flat.isPresent()) {
      return Optional.of(Instant.ofEpochSecond(flat.getAsLong()));
    }
    return clientSecret().flatMap(s -> {
      OptionalLong nested = s.expiresAt();
      return nested.isPresent() ? Optional.of(Instant.ofEpochSecond(nested.getAsLong())) : Optional.empty();
    });
  }
}
