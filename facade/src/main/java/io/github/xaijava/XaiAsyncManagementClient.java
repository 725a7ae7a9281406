package io.github.xaijava;

import io.github.xaijava.internal.services.ServiceContext;

/**
 * Every operation of {@link XaiManagementClient} without blocking: each returns a
 * {@code CompletableFuture}. Shares the client's connections, settings and lifetime.
 */
public final class XaiAsyncManagementClient extends AsyncManagementServices {

  XaiAsyncManagementClient(ServiceContext context) {
    super(context);
  }
}
