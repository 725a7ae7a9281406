/**
 * Hand-written runtime support for the generated models: unions ({@link
 * io.github.xaijava.generated.support.OneOf} and its Gson adapter), undeclared JSON properties
 * ({@link io.github.xaijava.generated.support.ExtraProperties}) and the {@link
 * io.github.xaijava.generated.support.Required} mark. Generated classes refer to these types;
 * callers mostly meet them through the generated models.
 */
package io.github.xaijava.generated.support;
