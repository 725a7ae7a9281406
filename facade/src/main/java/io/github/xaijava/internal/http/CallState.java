package io.github.xaijava.internal.http;

/**
 * Per-call state carried as an OkHttp request tag: the per-request retry limit going in, the
 * number of retries made coming out, so the final exception can report it.
 */
final class CallState {

  /** Retry limit for this call, or null for the client's policy. */
  final Integer maxRetries;

  /** Written by the retry interceptor, read by HttpCore after the call. */
  volatile int retries;

  CallState(Integer maxRetries) {
    this.maxRetries = maxRetries;
  }
}
