/**
 * Not API: the polling loop and the handles behind {@link io.github.xaijava.jobs}. May change
 * without notice.
 */
package io.github.xaijava.internal.jobs;
