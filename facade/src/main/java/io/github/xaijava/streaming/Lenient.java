package io.github.xaijava.streaming;

import io.github.xaijava.generated.support.MissingPropertyException;
import java.util.function.Supplier;

/** Reading a required property that a streamed fragment may lack, without failing. */
final class Lenient {

  private Lenient() {
  }

  /** The value, or null when the JSON lacked it. */
  static <T> T get(Supplier<T> required) {
    try {
      return required.get();
    } catch (MissingPropertyException absent) {
      return null;
    }
  }
}
