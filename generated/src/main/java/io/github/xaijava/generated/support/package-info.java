/**
 * Hand-written runtime of the generated models: the {@link
 * io.github.xaijava.generated.support.XaiModel} and {@link
 * io.github.xaijava.generated.support.OpenEnum} contracts, the {@link
 * io.github.xaijava.generated.support.UnknownForm} of unions, the {@link
 * io.github.xaijava.generated.support.MissingPropertyException} of required accessors, and
 * the Gson adapters and value helpers that the generated adapters share. Callers meet these types
 * through the generated models.
 */
package io.github.xaijava.generated.support;
