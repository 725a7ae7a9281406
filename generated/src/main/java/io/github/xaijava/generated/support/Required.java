package io.github.xaijava.generated.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model property that the API document lists as required.
 *
 * <p>Informational for callers building requests. Readers never reject a body for a missing
 * property (xAI omits some it documents as required); union reading uses the mark only to tell
 * which form a JSON object is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Required {
}
