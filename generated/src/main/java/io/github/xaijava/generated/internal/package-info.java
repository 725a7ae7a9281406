/**
 * Not API: the runtime the generated adapters and models share (reading and writing JSON in one
 * pass, freezing values, the union adapters). Exported to the client only; may change without
 * notice.
 */
package io.github.xaijava.generated.internal;
