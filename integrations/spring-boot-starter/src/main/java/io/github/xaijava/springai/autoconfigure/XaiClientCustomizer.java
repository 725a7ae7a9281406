package io.github.xaijava.springai.autoconfigure;

import io.github.xaijava.config.ClientOptions;

/**
 * Changes the options of the auto-configured {@code XaiClient} after the {@code spring.ai.xai.*}
 * properties are applied: every such bean is called, in order. For what properties cannot say,
 * e.g. an {@code OkHttpClient} with Micrometer's {@code OkHttpObservationInterceptor}, headers,
 * or a callback executor.
 */
@FunctionalInterface
public interface XaiClientCustomizer {

  /** Changes {@code options}. */
  void customize(ClientOptions.Builder options);
}
