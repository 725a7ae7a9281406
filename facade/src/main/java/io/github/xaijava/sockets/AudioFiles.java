package io.github.xaijava.sockets;

import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.internal.sockets.FrameSocket;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Audio files for the voice sockets: read a WAV (16-bit PCM) or raw PCM file to send, write the
 * PCM you receive to a WAV file.
 */
public final class AudioFiles {

  private AudioFiles() {
  }

  /** 16-bit little-endian mono PCM samples and their rate. */
  public record Pcm(byte[] data, int sampleRate) {
  }

  /**
   * Reads {@code file}: a WAV file's 16-bit PCM data and rate, or any other file as raw PCM at
   * 24 kHz (xAI's default).
   *
   * @throws IOException if it cannot be read, or is a WAV file of another encoding
   */
  public static Pcm read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length < 12 || !new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)
        .equals("RIFF")) {
      return new Pcm(bytes, 24000);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int rate = 24000;
    int at = 12;
    while (at + 8 <= bytes.length) {
      String id = new String(bytes, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
      int size = b.getInt(at + 4);
      if (id.equals("fmt ")) {
        int format = b.getShort(at + 8);
        int bits = b.getShort(at + 22);
        if (format != 1 || bits != 16) {
          throw new IOException(file + " is not 16-bit PCM (format " + format + ", " + bits
              + " bits)");
        }
        rate = b.getInt(at + 12);
      } else if (id.equals("data")) {
        int length = Math.min(size < 0 ? Integer.MAX_VALUE : size, bytes.length - at - 8);
        byte[] data = new byte[length];
        System.arraycopy(bytes, at + 8, data, 0, length);
        return new Pcm(data, rate);
      }
      at += 8 + size + (size & 1);
    }
    throw new IOException(file + " is a WAV file without a data chunk");
  }

  /**
   * A WAV file written as PCM arrives (mono, 16-bit); the header's sizes are set on close.
   *
   * @param file created or replaced
   * @param sampleRate the rate of what will be written
   */
  public static WavWriter wavWriter(Path file, int sampleRate) throws IOException {
    return new WavWriter(file, sampleRate);
  }

  /** Writes PCM to a WAV file; see {@link AudioFiles#wavWriter}. */
  public static final class WavWriter implements AutoCloseable {
    private final RandomAccessFile out;
    private final int sampleRate;
    private long bytes;

    private WavWriter(Path file, int sampleRate) throws IOException {
      this.out = new RandomAccessFile(file.toFile(), "rw");
      this.sampleRate = sampleRate;
      out.setLength(0);
      out.write(header(0));
    }

    /** Appends PCM bytes. */
    public void write(byte[] pcm) throws IOException {
      out.write(pcm);
      bytes += pcm.length;
    }

    /** Bytes of PCM written so far. */
    public long bytes() {
      return bytes;
    }

    @Override
    public void close() throws IOException {
      try (out) {
        out.seek(0);
        out.write(header(bytes));
      }
    }

    private byte[] header(long dataBytes) {
      ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
      h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
          .putInt((int) Math.min(0xFFFFFFFFL, 36 + dataBytes))
          .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
          .putInt(16).putShort((short) 1).putShort((short) 1).putInt(sampleRate)
          .putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16)
          .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
          .putInt((int) Math.min(0xFFFFFFFFL, dataBytes));
      return h.array();
    }
  }

  static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new XaiIoException(XaiIoException.Kind.CANCELED, "interrupted while sending audio", e,
          0);
    }
  }

  /** Waits until {@code bytes} more fit the socket's send queue: sending as fast as it drains. */
  static void awaitRoom(FrameSocket socket, int bytes) {
    while (socket.isOpen() && socket.queuedBytes() > 1024 * 1024) {
      pause(Duration.ofMillis(5));
    }
  }
}
