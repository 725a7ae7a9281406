package io.github.xaijava.internal.sockets;

import io.github.xaijava.sockets.XaiSockets;
import java.util.function.Function;

/**
 * Not API. Lets the client create its {@link XaiSockets} without a public constructor that takes
 * an internal type: {@code XaiSockets} registers its factory here when its class initialises.
 */
public final class SocketsAccess {

  private static volatile Function<SocketContext, XaiSockets> factory;

  private SocketsAccess() {
  }

  /** Called once, by {@code XaiSockets}'s static initialiser. */
  public static void register(Function<SocketContext, XaiSockets> create) {
    factory = create;
  }

  /** The sockets of a client. */
  public static XaiSockets create(SocketContext context) {
    if (factory == null) {
      try {
        Class.forName(XaiSockets.class.getName(), true, XaiSockets.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return factory.apply(context);
  }
}
