package io.github.xaijava.simulator.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The bytes the simulator hands out: small valid PNGs, a minimal MP4 and zip archives. */
public final class Media {
  private Media() {}

  /** An 8x8 PNG of one colour derived from {@code seed}: valid, tiny and the same for the same seed. */
  public static byte[] png(String seed) {
    int h = seed.hashCode();
    byte r = (byte) (h >> 16);
    byte g = (byte) (h >> 8);
    byte b = (byte) h;
    int size = 8;
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    for (int y = 0; y < size; y++) {
      raw.write(0); // filter: none
      for (int x = 0; x < size; x++) {
        raw.write(r);
        raw.write(g);
        raw.write(b);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(size).putInt(size);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(png, "IHDR", ihdr.array());
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(z)) {
      d.write(raw.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    chunk(png, "IDAT", z.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** A minimal MP4: an {@code ftyp} box and an empty {@code free} box, enough to be recognised. */
  public static byte[] mp4() {
    ByteBuffer b = ByteBuffer.allocate(32);
    b.putInt(24).put("ftyp".getBytes(StandardCharsets.US_ASCII)).put("isom".getBytes(StandardCharsets.US_ASCII))
        .putInt(512).put("isom".getBytes(StandardCharsets.US_ASCII)).put("mp41".getBytes(StandardCharsets.US_ASCII));
    b.putInt(8).put("free".getBytes(StandardCharsets.US_ASCII));
    return b.array();
  }

  /** A zip archive of {@code files} (path to bytes), in their order. */
  public static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        ZipEntry entry = new ZipEntry(f.getKey());
        entry.setTime(1735689600000L); // fixed, so the same skill always zips to the same bytes
        zip.putNextEntry(entry);
        zip.write(f.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
