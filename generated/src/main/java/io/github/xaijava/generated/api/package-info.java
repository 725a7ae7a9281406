/**
 * Not for applications: the Retrofit interfaces that build each operation's HTTP request,
 * generated from {@code openapi.json}. The client's services send these requests with
 * authentication, retries and typed errors; calling them directly skips all of that.
 */
package io.github.xaijava.generated.api;
