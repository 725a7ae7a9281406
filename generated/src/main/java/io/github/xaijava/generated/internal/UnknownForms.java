package io.github.xaijava.generated.internal;

/**
 * Counts the unknown union forms read on the current thread, so that a union choosing between
 * forms that could each hold a buffered object can prefer the one whose nested unions all knew
 * their forms: a stored user message (its parts {@code input_text}) must not pass for an output
 * message whose parts are all unknown. Only the union adapters use it.
 */
public final class UnknownForms {

  private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

  private UnknownForms() {
  }

  /** Notes that an unknown form was made. */
  public static void seen() {
    COUNT.get()[0]++;
  }

  /** The count so far on this thread. */
  public static int count() {
    return COUNT.get()[0];
  }

  /** Restores the count to {@code value} (a candidate that was not chosen leaves no trace). */
  public static void reset(int value) {
    COUNT.get()[0] = value;
  }
}
