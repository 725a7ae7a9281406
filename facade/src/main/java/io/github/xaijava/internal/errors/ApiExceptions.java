package io.github.xaijava.internal.errors;

import io.github.xaijava.errors.XaiApiException;
import java.lang.invoke.MethodHandles;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Not API. The door through which the client creates the status exceptions of
 * {@code io.github.xaijava.errors}: their constructors are package-private, so that applications
 * cannot make them and fields can be added without breaking anyone. The errors package hands its
 * factory over here when its classes load (the JDK's "shared secrets" arrangement).
 */
public final class ApiExceptions {

  /** Which exception an error answer becomes. */
  public enum Kind {
    BAD_REQUEST, AUTHENTICATION, PERMISSION_DENIED, NOT_FOUND, CONFLICT, UNPROCESSABLE_ENTITY,
    RATE_LIMIT, INTERNAL_SERVER, UNEXPECTED_STATUS
  }

  /** Creates an exception of a kind; implemented by the errors package. */
  public interface Factory {
    XaiApiException create(Kind kind, int statusCode, String code, String error, String requestId,
        Map<String, List<String>> headers, String rawBody, int retryCount, Duration retryAfter);
  }

  private static volatile Factory factory;

  private ApiExceptions() {
  }

  /** Called once, by the errors package as it loads; a second factory is refused. */
  public static synchronized void open(Factory errorsFactory) {
    if (factory != null) {
      throw new IllegalStateException("the exception factory is already set");
    }
    factory = errorsFactory;
  }

  static Factory factory() {
    Factory f = factory;
    if (f == null) {
      try {
        MethodHandles.lookup().ensureInitialized(XaiApiException.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      f = factory;
    }
    return f;
  }
}
