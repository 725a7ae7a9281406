package io.github.xaijava.internal.transfer;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Run in a forked JVM with a small heap by {@link LargeDownloadTest}: downloads the parent's
 * large body once as a stream and once to a file, then prints what it saw and the heap it used.
 * Only the client lives in this JVM; the server is the parent.
 */
public final class LargeDownloadProbe {

  private LargeDownloadProbe() {
  }

  public static void main(String[] args) throws Exception {
    HttpUrl base = HttpUrl.get(args[0]);
    Path target = Path.of(args[1]);
    OkHttpClient client = new OkHttpClient();
    FileCalls calls = new FileCalls(Exchange.plain(client), base);
    Runtime rt = Runtime.getRuntime();
    long maxSampled = 0;

    CRC32 crc = new CRC32();
    long total = 0;
    byte[] chunk = new byte[64 * 1024];
    long nextSample = 0;
    try (InputStream in = calls.content("file_big", null)) {
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
    long written = calls.downloadSkill("skill_big", target);
    maxSampled = Math.max(maxSampled, rt.totalMemory() - rt.freeMemory());

    long poolPeaks = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        poolPeaks += pool.getPeakUsage().getUsed();
      }
    }
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    System.out.println("streamBytes=" + total + " streamCrc=" + crc.getValue()
        + " fileBytes=" + written + " fileSize=" + Files.size(target)
        + " maxHeap=" + rt.maxMemory() + " sampledPeakUsed=" + maxSampled
        + " heapPoolPeaksSum=" + poolPeaks);
  }
}
