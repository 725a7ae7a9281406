/**
 * Not API: the client's HTTP stack ({@link io.github.xaijava.internal.http.HttpStack}: OkHttp
 * with authentication, the user agent and redacting logging), the {@link
 * io.github.xaijava.internal.http.Transport} that sends every request with its retries and
 * deadline, and {@link io.github.xaijava.internal.http.Calls}, the seam the generated services
 * call. May change without notice.
 */
package io.github.xaijava.internal.http;
