/**
 * Not API: maps HTTP error answers to the exceptions of {@code io.github.xaijava.errors}.
 * May change without notice.
 */
package io.github.xaijava.internal.errors;
