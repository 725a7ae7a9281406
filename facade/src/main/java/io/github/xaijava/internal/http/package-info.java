/**
 * Not API: OkHttp assembly of the client (authentication, user agent, retries, redacting
 * logging) and {@link io.github.xaijava.internal.http.HttpCore}, the seam every service
 * implementation calls. May change without notice.
 */
package io.github.xaijava.internal.http;
