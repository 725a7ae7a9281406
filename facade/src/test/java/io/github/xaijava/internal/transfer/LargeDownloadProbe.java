package io.github.xaijava.internal.transfer;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import okhttp3.HttpUrl;
import io.github.xaijava.XaiClient;
import io.github.xaijava.config.ClientOptions;

/**
 * Run in a forked JVM with a small heap by {@link LargeDownloadTest}: downloads the parent's
 * large body once as a stream and once to a file, then prints what it saw and the heap it used.
 * Only the client ({@link XaiClient}, as an application would use it) lives in this JVM; the
 * server is the parent.
 */
public final class LargeDownloadProbe {

  private LargeDownloadProbe() {
  }

  public static void main(String[] args) throws Exception {
    HttpUrl base = HttpUrl.get(args[0]);
    Path target = Path.of(args[1]);
    // The real client: its transport, retry interceptor and streaming path are what is measured.
    XaiClient client = XaiClient.create(ClientOptions.builder()
        .apiKey("xai-probe-key")
        .baseUrl(base.toString().replaceAll("/$", ""))
        .build());
    Runtime rt = Runtime.getRuntime();
    long maxSampled = 0;

    CRC32 crc = new CRC32();
    long total = 0;
    byte[] chunk = new byte[64 * 1024];
    long nextSample = 0;
    try (InputStream in = client.files().content("file_big")) {
      int n;
      while ((n = in.read(chunk)) != -1) {
        crc.update(chunk, 0, n);
        total += n;
        if (total >= nextSample) {
          maxSampled = Math.max(maxSampled, rt.totalMemory() - rt.freeMemory());
          nextSample += 1 << 20;
        }
      }
    }
    long written = client.skills().download("skill_big", target);
    maxSampled = Math.max(maxSampled, rt.totalMemory() - rt.freeMemory());

    long poolPeaks = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        poolPeaks += pool.getPeakUsage().getUsed();
      }
    }
    client.close();
    System.out.println("streamBytes=" + total + " streamCrc=" + crc.getValue()
        + " fileBytes=" + written + " fileSize=" + Files.size(target)
        + " maxHeap=" + rt.maxMemory() + " sampledPeakUsed=" + maxSampled
        + " heapPoolPeaksSum=" + poolPeaks);
  }
}
