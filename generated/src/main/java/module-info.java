/**
 * xAI's API as generated from {@code openapi.json}: Retrofit interfaces ({@code api}), immutable
 * models with their Gson adapters ({@code model}), and the small runtime the models share
 * ({@code support}). The adapters are generated code, so Gson needs no reflective access.
 */
module io.github.xaijava.generated {
  requires transitive com.google.gson;
  requires transitive okhttp3;
  requires transitive retrofit2;
  // OkHttp 4 is written in Kotlin and, as an automatic module, cannot declare that it needs
  // Kotlin's standard library; requiring it here puts it in every application's module graph.
  requires kotlin.stdlib;

  // The Retrofit interfaces only build requests for the client's services: calling them directly
  // would skip authentication, retries and error mapping, so they are no API of ours.
  exports io.github.xaijava.generated.api to io.github.xaijava, retrofit2;
  exports io.github.xaijava.generated.model;
  exports io.github.xaijava.generated.support;
  // What the generated code shares (adapters, JSON helpers): the client reads stream events with
  // it; nobody else should.
  exports io.github.xaijava.generated.internal to io.github.xaijava;
}
