/**
 * OpenTelemetry instrumentation of the xAI client. Start with
 * {@link io.github.xaijava.opentelemetry.XaiTelemetry}:
 *
 * <pre>{@code
 * XaiTelemetry telemetry = XaiTelemetry.create(openTelemetry);
 * XaiClient client = XaiClient.create(o -> telemetry.configure(o.fromEnv()));
 * }</pre>
 *
 * <p>It depends on the OpenTelemetry API only; the application brings the SDK (or the Java
 * agent) and its exporters. The GenAI conventions are still in development; the names recorded
 * are those of their current version, the one that names the provider {@code gen_ai.provider.name}.
 */
package io.github.xaijava.opentelemetry;
