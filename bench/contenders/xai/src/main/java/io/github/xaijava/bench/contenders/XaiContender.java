package io.github.xaijava.bench.contenders;

import io.github.xaijava.XaiClient;
import io.github.xaijava.bench.harness.Contender;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.streaming.StreamHandler;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** xai-java as an application uses it: one {@link XaiClient} with its defaults. */
public final class XaiContender implements Contender {

  private final XaiClient client;

  public XaiContender(String baseUrl) {
    // -Dxai.bench.virtualThreads=true: the same client on virtual threads (Java 21+). Called by
    // reflection: this contender also compiles against builds from before the option.
    boolean virtual = Boolean.getBoolean("xai.bench.virtualThreads");
    this.client = XaiClient.create(o -> {
      o.apiKey("xai-bench").baseUrl(baseUrl);
      if (virtual) {
        try {
          o.getClass().getMethod("virtualThreads", boolean.class).invoke(o, true);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("this build has no virtualThreads option", e);
        }
      }
    });
  }

  private static ChatRequest request(String model) {
    return ChatRequest.builder().model(model).addSystemMessage("Be brief.")
        .addUserMessage("Hello there").build();
  }

  @Override
  public long stream(String model) {
    long chunks = 0;
    long text = 0;
    try (ChatStream stream = client.chat().stream(request(model))) {
      for (ChatResponseChunk chunk : stream) {
        chunks++;
        text += chunk.deltaText().length();
      }
    }
    return text >= 0 ? chunks : -1;
  }

  @Override
  public String call(String model) {
    return client.chat().create(request(model)).text();
  }

  @Override
  public int concurrentStreams(String model, int count, long chunksEach)
      throws InterruptedException {
    CountDownLatch done = new CountDownLatch(count);
    AtomicInteger completed = new AtomicInteger();
    for (int i = 0; i < count; i++) {
      AtomicLong chunks = new AtomicLong();
      client.async().chat().stream(request(model), new StreamHandler<>() {
        @Override
        public void onEvent(ChatResponseChunk chunk) {
          chunks.incrementAndGet();
          chunk.deltaText();
        }

        @Override
        public void onComplete() {
          if (chunks.get() == chunksEach) {
            completed.incrementAndGet();
          }
          done.countDown();
        }

        @Override
        public void onError(Throwable error) {
          error.printStackTrace();
          done.countDown();
        }
      });
    }
    done.await(5, TimeUnit.MINUTES);
    return completed.get();
  }

  @Override
  public long download(String fileId, Path target) {
    return client.files().download(fileId, target);
  }

  @Override
  public void close() {
    client.close();
  }
}
