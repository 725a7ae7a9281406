/**
 * One reading of an OpenAPI 3.0 or 3.1 document's JSON (Gson trees), shared by the modules that
 * read the document: codegen shapes it, contract compares two of them, the simulator serves one.
 * {@link io.github.xaijava.openapi.Refs} reads and writes references,
 * {@link io.github.xaijava.openapi.Nullability} the spellings of "or null",
 * {@link io.github.xaijava.openapi.JsonTypes} types and union forms, and
 * {@link io.github.xaijava.openapi.Operations} lists the operations. Everything here reads; what
 * a caller does with the answer (shape, compare, validate) stays with the caller.
 */
package io.github.xaijava.openapi;
