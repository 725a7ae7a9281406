package io.github.xaijava.simulator.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Audio the simulator speaks: a quiet 440 Hz tone of a given length in each codec text to speech
 * offers, made as it is read (never held whole, so long speech costs no memory). WAV has a
 * correct RIFF header; MP3 is a run of valid MPEG frames (silent); PCM is 16-bit little-endian
 * mono; {@code mulaw} and {@code alaw} are G.711 bytes.
 */
public final class Audio {
  /** The sample rates text to speech offers, in order. */
  public static final SortedSet<Integer> SAMPLE_RATES = Collections.unmodifiableSortedSet(
      new TreeSet<>(List.of(8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)));

  private Audio() {
  }

  /** The codecs, and the content type each answers with. */
  public static String contentType(String codec) {
    return switch (codec) {
      case "mp3" -> "audio/mpeg";
      case "wav" -> "audio/wav";
      case "pcm" -> "audio/pcm";
      case "mulaw" -> "audio/basic";
      case "alaw" -> "audio/x-alaw-basic";
      default -> throw new IllegalArgumentException("no codec " + codec);
    };
  }

  /** Whether text to speech offers {@code codec}. */
  public static boolean known(String codec) {
    return switch (codec) {
      case "mp3", "wav", "pcm", "mulaw", "alaw" -> true;
      default -> false;
    };
  }

  /** How many bytes {@link #stream} gives. */
  public static long length(String codec, int sampleRate, int bitRate, double seconds) {
    long samples = (long) (seconds * sampleRate);
    return switch (codec) {
      case "wav" -> 44 + samples * 2;
      case "pcm" -> samples * 2;
      case "mulaw", "alaw" -> samples;
      default -> frames(sampleRate, seconds) * (long) mp3FrameBytes(sampleRate, bitRate);
    };
  }

  /** {@code seconds} of audio in {@code codec}. */
  public static InputStream stream(String codec, int sampleRate, int bitRate, double seconds) {
    long total = length(codec, sampleRate, bitRate, seconds);
    byte[] header = codec.equals("wav") ? wavHeader(sampleRate, total - 44) : new byte[0];
    int frameBytes = codec.equals("mp3") ? mp3FrameBytes(sampleRate, bitRate) : 0;
    byte[] frameHeader = codec.equals("mp3") ? mp3FrameHeader(sampleRate, bitRate) : null;
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        if (position >= total) {
          return -1;
        }
        return byteAt(position++) & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position >= total) {
          return -1;
        }
        int n = (int) Math.min(len, total - position);
        for (int i = 0; i < n; i++) {
          b[off + i] = byteAt(position++);
        }
        return n;
      }

      private byte byteAt(long at) {
        if (at < header.length) {
          return header[(int) at];
        }
        switch (codec) {
          case "mp3": {
            int inFrame = (int) (at % frameBytes);
            return inFrame < 4 ? frameHeader[inFrame] : 0;
          }
          case "mulaw":
            return (byte) 0xFF;   // G.711 mu-law silence
          case "alaw":
            return (byte) 0xD5;   // G.711 A-law silence
          default: {
            long sampleByte = at - header.length;
            long sample = sampleByte / 2;
            short value = (short) (Math.sin(2 * Math.PI * 440 * sample / sampleRate) * 2000);
            return (byte) (sampleByte % 2 == 0 ? value : value >> 8);
          }
        }
      }
    };
  }

  private static long frames(int sampleRate, double seconds) {
    int samplesPerFrame = sampleRate >= 32000 ? 1152 : 576;
    return Math.max(1, (long) Math.ceil(seconds * sampleRate / samplesPerFrame));
  }

  /** MPEG-1 Layer III at 32, 44.1 and 48 kHz; MPEG-2 Layer III below. */
  private static int mp3FrameBytes(int sampleRate, int bitRate) {
    return sampleRate >= 32000 ? 144 * bitRate / sampleRate : 72 * bitRate / sampleRate;
  }

  private static byte[] mp3FrameHeader(int sampleRate, int bitRate) {
    boolean mpeg1 = sampleRate >= 32000;
    int[] rates = mpeg1 ? new int[] {44100, 48000, 32000} : new int[] {22050, 24000, 16000};
    int rateIndex = 0;
    for (int i = 0; i < rates.length; i++) {
      if (rates[i] == sampleRate) {
        rateIndex = i;
      }
    }
    int[] bitRates = mpeg1
        ? new int[] {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}
        : new int[] {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    int bitIndex = 9;
    for (int i = 1; i < bitRates.length; i++) {
      if (bitRates[i] * 1000 == bitRate) {
        bitIndex = i;
      }
    }
    return new byte[] {(byte) 0xFF, (byte) (mpeg1 ? 0xFB : 0xF3),
        (byte) ((bitIndex << 4) | (rateIndex << 2)), (byte) 0xC4};
  }

  private static byte[] wavHeader(int sampleRate, long dataBytes) {
    byte[] h = new byte[44];
    put(h, 0, "RIFF");
    le(h, 4, 36 + dataBytes, 4);
    put(h, 8, "WAVEfmt ");
    le(h, 16, 16, 4);              // fmt chunk size
    le(h, 20, 1, 2);               // PCM
    le(h, 22, 1, 2);               // mono
    le(h, 24, sampleRate, 4);
    le(h, 28, sampleRate * 2L, 4); // byte rate
    le(h, 32, 2, 2);               // block align
    le(h, 34, 16, 2);              // bits per sample
    put(h, 36, "data");
    le(h, 40, dataBytes, 4);
    return h;
  }

  private static void put(byte[] h, int at, String ascii) {
    byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, h, at, bytes.length);
  }

  private static void le(byte[] h, int at, long value, int bytes) {
    for (int i = 0; i < bytes; i++) {
      h[at + i] = (byte) (value >> (8 * i));
    }
  }

  /** The codec named in lower case, as xAI spells them. */
  public static String codec(String name) {
    return name == null ? "mp3" : name.toLowerCase(Locale.ROOT);
  }
}
