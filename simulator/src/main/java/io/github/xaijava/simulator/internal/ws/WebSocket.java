package io.github.xaijava.simulator.internal.ws;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One server-side WebSocket connection after the handshake (RFC 6455): unmasked frames out, masked
 * frames in. Writes are synchronized, so any thread may send. {@link #run} is the read loop: it
 * calls the handler on the connection's own thread, one message at a time, so a handler that is
 * busy holds back the next message (the responses socket relies on that to queue turns). Pings
 * are answered, pongs ignored; a close is answered with a close echoing its code, then the TCP
 * connection ends.
 */
public final class WebSocket {
  /** Receives a connection's messages, on its read loop's thread. */
  public interface Handler {
    void onText(String text);

    /** A binary message; ignored unless overridden. */
    default void onBinary(byte[] data) {}

    /** The connection ended: the peer's close code (1006 when the TCP connection just ended). */
    default void onClose(int code, String reason) {}
  }

  /** Thrown by the senders once the connection is closing or gone; it ends whatever was sending. */
  public static final class ClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClosedException() {
      super("the WebSocket is closed", null, false, false);
    }
  }

  /** A message larger than this (16 MiB) ends the connection with 1009. */
  static final int MAX_MESSAGE = 16 * 1024 * 1024;
  /** How long the read loop waits for the peer's close after ours before ending the connection. */
  private static final int CLOSE_WAIT_MS = 5_000;

  private static final int CONTINUATION = 0;
  private static final int TEXT = 1;
  private static final int BINARY = 2;
  private static final int CLOSE = 8;
  private static final int PING = 9;
  private static final int PONG = 10;

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private final Object writeLock = new Object();
  private boolean closeSent;
  private boolean dropped;
  private volatile boolean ended;

  /** {@code in} is the rest of the connection after the handshake's head (it may start with bytes already read). */
  public WebSocket(Socket socket, InputStream in) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(new BufferedInputStream(in, 16 * 1024));
    this.out = socket.getOutputStream();
  }

  /** Sends a text message as one frame. */
  public void sendText(String text) {
    send(TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends a binary message as one frame. */
  public void sendBinary(byte[] data) {
    send(BINARY, data);
  }

  /** Whether messages can still be sent (no close sent, not dropped, not ended). */
  public boolean isOpen() {
    synchronized (writeLock) {
      return !closeSent && !dropped && !ended;
    }
  }

  /**
   * Starts the closing handshake: a close frame with {@code code} and {@code reason} (cut to fit a
   * control frame). The read loop ends the TCP connection when the peer's close arrives (or after
   * five seconds). Nothing more can be sent. Does nothing if already closing.
   */
  public void close(int code, String reason) {
    synchronized (writeLock) {
      if (closeSent || dropped || ended) {
        return;
      }
      try {
        writeFrame(CLOSE, closePayload(code, reason));
        closeSent = true;
        socket.setSoTimeout(CLOSE_WAIT_MS);
      } catch (IOException e) {
        end();
      }
    }
  }

  /**
   * Ends the TCP connection without a close frame, as a network failure or a crashed server would.
   * The sending side closes at once; the read loop then waits for the peer to close its side, so
   * that the peer reads every frame sent before the cut (an immediate close with unread bytes
   * would be a reset, which can destroy them).
   */
  public void drop() {
    synchronized (writeLock) {
      if (dropped || ended) {
        return;
      }
      dropped = true;
      try {
        socket.shutdownOutput();
        socket.setSoTimeout(CLOSE_WAIT_MS);
      } catch (IOException e) {
        end();
      }
    }
  }

  /** Reads and dispatches messages until the connection ends; then calls {@link Handler#onClose} once. */
  public void run(Handler handler) {
    int closeCode = 1006;
    String closeReason = "";
    int messageType = -1;
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    try {
      while (true) {
        int b0 = in.read();
        if (b0 < 0) {
          break;
        }
        int b1 = in.readUnsignedByte();
        boolean fin = (b0 & 0x80) != 0;
        int opcode = b0 & 0x0f;
        long length = b1 & 0x7f;
        if (length == 126) {
          length = in.readUnsignedShort();
        } else if (length == 127) {
          length = in.readLong();
        }
        boolean control = opcode >= 8;
        if ((b0 & 0x70) != 0 || (b1 & 0x80) == 0 || length < 0 || control && (length > 125 || !fin)) {
          // Reserved bits, an unmasked client frame or a bad control frame: a protocol error.
          fail(1002, "protocol error");
          break;
        }
        if (length > MAX_MESSAGE || message.size() + length > MAX_MESSAGE) {
          fail(1009, "message too big");
          break;
        }
        byte[] mask = new byte[4];
        in.readFully(mask);
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        for (int i = 0; i < payload.length; i++) {
          payload[i] ^= mask[i & 3];
        }
        if (opcode == CLOSE) {
          closeCode = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
          closeReason = payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
          answerClose(payload.length >= 2 ? closePayload(closeCode, "") : new byte[0]);
          break;
        }
        if (opcode == PING) {
          pong(payload);
          continue;
        }
        if (opcode == PONG) {
          continue;
        }
        if (opcode == TEXT || opcode == BINARY) {
          if (messageType >= 0) {
            fail(1002, "a new message inside a fragmented one");
            break;
          }
          messageType = opcode;
        } else if (opcode != CONTINUATION || messageType < 0) {
          fail(1002, "unknown opcode " + opcode);
          break;
        }
        message.write(payload, 0, payload.length);
        if (!fin) {
          continue;
        }
        byte[] whole = message.toByteArray();
        int type = messageType;
        message.reset();
        messageType = -1;
        if (!receiving()) {
          continue;  // after our close or a drop, messages are read but no longer served
        }
        try {
          if (type == TEXT) {
            handler.onText(new String(whole, StandardCharsets.UTF_8));
          } else {
            handler.onBinary(whole);
          }
        } catch (ClosedException e) {
          // The handler's frames stopped: after a drop, keep reading until the peer closes its
          // side (see drop); after an I/O failure the next read fails and the loop ends.
        }
      }
    } catch (SocketTimeoutException e) {
      // our close (or drop) was not answered in time
    } catch (EOFException e) {
      // the peer ended the connection in the middle of a frame
    } catch (IOException e) {
      // reset, or closed under us
    } catch (RuntimeException e) {
      // a handler failed: say so as RFC 6455 does for an unexpected condition
      fail(1011, "internal error");
    } finally {
      end();
    }
    handler.onClose(closeCode, closeReason);
  }

  private boolean receiving() {
    synchronized (writeLock) {
      return !closeSent && !dropped;
    }
  }

  private void send(int opcode, byte[] payload) {
    synchronized (writeLock) {
      if (closeSent || dropped || ended) {
        throw new ClosedException();
      }
      try {
        writeFrame(opcode, payload);
      } catch (IOException e) {
        end();
        throw new ClosedException();
      }
    }
  }

  private void pong(byte[] payload) {
    synchronized (writeLock) {
      if (!closeSent && !dropped && !ended) {
        try {
          writeFrame(PONG, payload);
        } catch (IOException e) {
          end();
        }
      }
    }
  }

  /** The peer's close: echo it unless ours went first, then end the TCP connection. */
  private void answerClose(byte[] payload) {
    synchronized (writeLock) {
      if (!closeSent && !dropped && !ended) {
        try {
          writeFrame(CLOSE, payload);
          closeSent = true;
        } catch (IOException e) {
          // ending anyway
        }
      }
    }
  }

  /** A protocol failure: close with {@code code} (no waiting for an answer), then the loop ends. */
  private void fail(int code, String reason) {
    synchronized (writeLock) {
      if (!closeSent && !dropped && !ended) {
        try {
          writeFrame(CLOSE, closePayload(code, reason));
          closeSent = true;
        } catch (IOException e) {
          // ending anyway
        }
      }
    }
  }

  private void end() {
    synchronized (writeLock) {
      ended = true;
    }
    try {
      socket.close();
    } catch (IOException e) {
      // nothing to do
    }
  }

  /** One unmasked frame, header and payload in a single write (lengths in 7, 16 or 64 bits). */
  private void writeFrame(int opcode, byte[] payload) throws IOException {
    int n = payload.length;
    int header = n < 126 ? 2 : n <= 0xffff ? 4 : 10;
    byte[] frame = new byte[header + n];
    frame[0] = (byte) (0x80 | opcode);
    if (n < 126) {
      frame[1] = (byte) n;
    } else if (n <= 0xffff) {
      frame[1] = 126;
      frame[2] = (byte) (n >>> 8);
      frame[3] = (byte) n;
    } else {
      frame[1] = 127;
      long len = n;
      for (int i = 0; i < 8; i++) {
        frame[2 + i] = (byte) (len >>> (56 - 8 * i));
      }
    }
    System.arraycopy(payload, 0, frame, header, n);
    out.write(frame);
    out.flush();
  }

  /** A close frame's payload: the code in two bytes, then as much of the reason as fits in 123 bytes. */
  private static byte[] closePayload(int code, String reason) {
    byte[] text = reason == null ? new byte[0] : reason.getBytes(StandardCharsets.UTF_8);
    int n = Math.min(text.length, 123);
    while (n > 0 && n < text.length && (text[n] & 0xc0) == 0x80) {
      n--;  // do not cut a UTF-8 sequence in two
    }
    byte[] p = new byte[2 + n];
    p[0] = (byte) (code >>> 8);
    p[1] = (byte) code;
    System.arraycopy(text, 0, p, 2, n);
    return p;
  }
}
