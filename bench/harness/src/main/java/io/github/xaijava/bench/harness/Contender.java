package io.github.xaijava.bench.harness;

import java.nio.file.Path;

/**
 * One client under test, doing the same work as the others: each contender is a class with a
 * public constructor taking the server's base URL (for example {@code http://127.0.0.1:4711}),
 * loaded by {@link ContenderRunner} in a JVM whose classpath holds only the harness, the
 * contender and the contender's own runtime dependencies.
 *
 * <p>Every request is built afresh, as an application would: model, a system and a user message.
 * The model names what the server answers (see {@link WireServer}).
 */
public interface Contender extends AutoCloseable {

  /**
   * Streams one chat completion and reads each chunk's first-choice content.
   *
   * @return the number of chunks decoded (the role, token and finish chunks)
   */
  long stream(String model) throws Exception;

  /** One chat completion; returns the first choice's content. */
  String call(String model) throws Exception;

  /**
   * Starts {@code count} streams at once through this one client, without a thread of the
   * caller per stream where the client has an asynchronous form, and waits for all of them.
   *
   * @return how many completed with every chunk
   */
  int concurrentStreams(String model, int count, long chunksEach) throws Exception;

  /** Downloads file {@code fileId} into {@code target}; returns the bytes written. */
  long download(String fileId, Path target) throws Exception;

  @Override
  void close() throws Exception;
}
