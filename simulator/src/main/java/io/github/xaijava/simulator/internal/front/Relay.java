package io.github.xaijava.simulator.internal.front;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Relays one client connection's HTTP requests to the JDK server behind the front, request by
 * request, so that a WebSocket upgrade can still be taken out of a kept-alive connection. Requests
 * go up one at a time (head, then exactly the body its head announces); answers come down on
 * another thread, byte for byte, flushed per read. Closes follow the server: when it ends the
 * connection (a dropped connection, a cut stream, {@code Connection: close}), the client's is ended
 * the same way after the last byte; when the client half-closes, so does the relay.
 */
public final class Relay {
  private final Socket client;
  private final Inbound inbound;
  private final InetSocketAddress server;
  private final Executor pool;
  private final Set<Socket> open;
  private final CountDownLatch pumped = new CountDownLatch(1);
  private Socket upstream;
  private OutputStream toServer;
  private volatile boolean detached;
  private volatile boolean serverBroken;

  public Relay(Socket client, Inbound inbound, InetSocketAddress server, Executor pool, Set<Socket> open) {
    this.client = client;
    this.inbound = inbound;
    this.server = server;
    this.pool = pool;
    this.open = open;
  }

  /**
   * Relays requests until one asks for a WebSocket, which is returned with its head consumed and
   * the server connection (if any) let go; or until the connection ends, then null.
   */
  public Head run() {
    try {
      while (true) {
        int length = inbound.head();
        if (length == 0) {
          clientClosed();
          return null;
        }
        if (length < 0) {
          relayRaw();
          return null;
        }
        Head head = Head.parse(inbound.buffer(), inbound.start(), length);
        if (head != null && head.isWebSocketUpgrade()) {
          inbound.skip(length);
          detach();
          return head;
        }
        if (!connect()) {
          return null;
        }
        inbound.relayBuffered(length, toServer);
        long body = head == null ? Head.UNKNOWN : head.bodyLength();
        if (body == Head.UNKNOWN) {
          relayRaw();
          return null;
        }
        boolean whole = body == Head.CHUNKED ? inbound.relayChunked(toServer) : inbound.relay(body, toServer);
        toServer.flush();
        if (!whole) {
          // The client closed in the middle of a body, or sent a body that is not chunked after all:
          // the server sees exactly what came, then the end.
          if (body == Head.CHUNKED) {
            relayRaw();
          } else {
            clientClosed();
          }
          return null;
        }
      }
    } catch (IOException e) {
      if (serverBroken) {
        // The server closed first; its answer is still on its way down. Keep reading the client so
        // that our close is a clean one (unread bytes would turn it into a reset that can destroy
        // the answer on the client's side); the pump closes the client after the answer.
        try {
          inbound.discardAll();
        } catch (IOException ignored) {
          // closed under us by the pump: done
        }
      } else {
        closeAll();
      }
      return null;
    }
  }

  /** No more requests will be read: everything the client sends goes up as it comes. */
  private void relayRaw() throws IOException {
    if (!connect()) {
      return;
    }
    inbound.relayAll(toServer);
    clientClosed();
  }

  /** The client sent its last byte: tell the server so, and let the answer finish coming down. */
  private void clientClosed() {
    if (upstream == null) {
      quietly(client);
      return;
    }
    try {
      upstream.shutdownOutput();
    } catch (IOException e) {
      // the server is gone already; the pump ends the client's connection
    }
  }

  private boolean connect() throws IOException {
    if (upstream != null) {
      return true;
    }
    Socket s = new Socket();
    try {
      s.setTcpNoDelay(true);
      s.connect(server, 10_000);
    } catch (IOException e) {
      quietly(s);
      quietly(client);
      return false;
    }
    upstream = s;
    open.add(s);
    OutputStream raw = s.getOutputStream();
    toServer = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        try {
          raw.write(b, off, len);
        } catch (IOException e) {
          serverBroken = true;
          throw e;
        }
      }

      @Override
      public void flush() throws IOException {
        try {
          raw.flush();
        } catch (IOException e) {
          serverBroken = true;
          throw e;
        }
      }
    };
    InputStream fromServer = s.getInputStream();
    OutputStream toClient = client.getOutputStream();
    try {
      pool.execute(() -> pump(fromServer, toClient));
    } catch (RejectedExecutionException e) {
      closeAll();
      return false;
    }
    return true;
  }

  /** The server-to-client direction, until the server ends it (or the relay is detached). */
  private void pump(InputStream fromServer, OutputStream toClient) {
    byte[] buffer = new byte[Inbound.BUFFER];
    try {
      for (int n; (n = fromServer.read(buffer)) > 0; ) {
        toClient.write(buffer, 0, n);
        toClient.flush();
      }
    } catch (IOException e) {
      // reset by the server, or the client went away: end both below
    } finally {
      if (!detached) {
        try {
          client.shutdownOutput();
        } catch (IOException e) {
          // already closed
        }
        quietly(client);
      }
      quietly(upstream);
      pumped.countDown();
    }
  }

  /** Lets go of the server connection without touching the client's (which becomes a WebSocket). */
  private void detach() {
    if (upstream == null) {
      return;
    }
    detached = true;
    quietly(upstream);
    try {
      pumped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeAll() {
    quietly(client);
    if (upstream != null) {
      quietly(upstream);
    }
  }

  private void quietly(Socket s) {
    open.remove(s);
    try {
      s.close();
    } catch (IOException e) {
      // nothing to do
    }
  }
}
