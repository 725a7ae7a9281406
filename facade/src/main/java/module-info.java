/**
 * The xAI client. Everything under {@code io.github.xaijava.internal} is not exported; the
 * exported packages are the API. Records given to {@code structured} and {@code tools}
 * (schemas, answers, tool arguments) are read reflectively: their package must be open to this
 * module (it is when they live on the class path).
 */
module io.github.xaijava {
  requires transitive io.github.xaijava.generated;
  requires transitive com.google.gson;
  requires transitive okhttp3;
  requires retrofit2;
  requires okio;

  exports io.github.xaijava;
  exports io.github.xaijava.batches;
  exports io.github.xaijava.config;
  exports io.github.xaijava.errors;
  exports io.github.xaijava.jobs;
  exports io.github.xaijava.pagination;
  exports io.github.xaijava.params;
  exports io.github.xaijava.services;
  exports io.github.xaijava.services.async;
  exports io.github.xaijava.sockets;
  exports io.github.xaijava.streaming;
  exports io.github.xaijava.structured;
  exports io.github.xaijava.tools;
}
