/**
 * Hand-written runtime of the generated models: the {@link
 * io.github.xaijava.generated.support.XaiModel} and {@link
 * io.github.xaijava.generated.support.OpenEnum} contracts, the {@link
 * io.github.xaijava.generated.support.UnknownForm} of unions, the {@link
 * io.github.xaijava.generated.support.MissingPropertyException} of required accessors and the
 * {@link io.github.xaijava.generated.support.OneOf} base of holder unions. Callers meet these
 * types through the generated models.
 */
package io.github.xaijava.generated.support;
