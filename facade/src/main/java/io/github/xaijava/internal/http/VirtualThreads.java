package io.github.xaijava.internal.http;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Not API. Java 21's virtual threads, reached by reflection because the client is compiled for
 * Java 17: an executor starting a virtual thread per task, for OkHttp's dispatcher when
 * {@code ClientOptions.virtualThreads} asks for it.
 */
public final class VirtualThreads {

  private VirtualThreads() {
  }

  /** Whether this JVM has virtual threads (Java 21 or newer). */
  public static boolean available() {
    return Runtime.version().feature() >= 21;
  }

  /**
   * An executor running each task on a new virtual thread named {@code prefix} and a number.
   *
   * @throws IllegalStateException before Java 21
   */
  public static ExecutorService perTask(String prefix) {
    if (!available()) {
      throw new IllegalStateException("virtual threads need Java 21 or newer; this is Java "
          + Runtime.version().feature());
    }
    try {
      Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
      Class<?> ofVirtual = Class.forName("java.lang.Thread$Builder$OfVirtual");
      builder = ofVirtual.getMethod("name", String.class, long.class).invoke(builder, prefix, 0L);
      ThreadFactory factory = (ThreadFactory) ofVirtual.getMethod("factory").invoke(builder);
      return (ExecutorService) Executors.class
          .getMethod("newThreadPerTaskExecutor", ThreadFactory.class).invoke(null, factory);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start virtual threads on this JVM", e);
    }
  }
}
