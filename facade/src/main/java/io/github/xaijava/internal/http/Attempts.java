package io.github.xaijava.internal.http;

/**
 * Per-call state carried as a tag of the request: the OkHttp call of the current attempt (so a
 * stream can be cancelled from its response, from any thread) and how many retries were made (so
 * the final exception can say).
 */
final class Attempts {

  volatile okhttp3.Call call;
  volatile int retries;
}
