/**
 * Not API: implementations of the {@code io.github.xaijava.services} interfaces. May change
 * without notice.
 */
package io.github.xaijava.internal.services;
