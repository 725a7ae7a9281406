package io.github.xaijava.config;

/**
 * How much of each HTTP exchange the client logs. Logging is off by default.
 *
 * <p>At every level the {@code Authorization} header and the API key are redacted.
 */
public enum LogLevel {
  /** Nothing is logged (the default). */
  NONE,
  /** Request line, response status, duration and request id. */
  BASIC,
  /** {@link #BASIC} plus headers (credentials redacted). */
  HEADERS,
  /** {@link #HEADERS} plus JSON/text bodies (truncated; streams and binary bodies skipped). */
  BODY,
  /**
   * {@link #BODY} plus each request as a {@code curl} command line to copy into a shell (the key
   * redacted: put yours back), as xAI's TypeScript SDK prints with {@code XAI_DEBUG}.
   * {@code XAI_LOG=debug} selects it.
   */
  DEBUG
}
