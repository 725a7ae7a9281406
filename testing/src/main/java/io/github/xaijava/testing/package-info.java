/**
 * The test kit every module's tests share, for the tests of this project only (never published
 * for users): the documents and recordings next to the project ({@link
 * io.github.xaijava.testing.SpecFiles}), fixture files ({@link io.github.xaijava.testing.Fixtures}),
 * one operation run the blocking or the asynchronous way ({@link io.github.xaijava.testing.Both}),
 * and waiting for a condition ({@link io.github.xaijava.testing.Waits}). It needs nothing but the
 * JDK; the helpers that need the client's types are in the facade's tests, package
 * {@code io.github.xaijava.testsupport}.
 */
package io.github.xaijava.testing;
