package io.github.xaijava.soak;

/** How a soak call is made: a chat completion or a stream, blocking or asynchronous. */
public enum CallShape {
  /** {@code client.chat().create(request, options)}. */
  CREATE(false, false),
  /** {@code client.async().chat().create(request, options)}, awaited. */
  CREATE_ASYNC(false, true),
  /** {@code client.chat().stream(request, options)}, iterated and closed. */
  STREAM(true, false),
  /** {@code client.async().chat().stream(request, options, handler)}, awaited. */
  STREAM_ASYNC(true, true);

  private final boolean stream;
  private final boolean async;

  CallShape(boolean stream, boolean async) {
    this.stream = stream;
    this.async = async;
  }

  public boolean isStream() {
    return stream;
  }

  public boolean isAsync() {
    return async;
  }
}
