package io.github.xaijava.bench.contenders;

import io.github.xaijava.ChatMessages;
import io.github.xaijava.XaiClient;
import io.github.xaijava.bench.harness.Contender;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.ChoiceChunk;
import io.github.xaijava.generated.model.ContentFormat;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.streaming.StreamHandler;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The first model generation of xai-java (commit 53a2604: mutable beans bound through JSON
 * trees), for the "before" column. Not built by Maven: scripts/bench.sh --with-gen1 compiles it
 * against the jars of that commit. That generation had no concurrency option, so its OkHttp
 * client gets a dispatcher allowing the 200 concurrent streams.
 */
public final class XaiGen1Contender implements Contender {

  private final XaiClient client;

  public XaiGen1Contender(String baseUrl) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(1024);
    dispatcher.setMaxRequestsPerHost(1024);
    this.client = XaiClient.builder().apiKey("xai-bench").baseUrl(baseUrl)
        .okHttpClient(new OkHttpClient.Builder().dispatcher(dispatcher).build()).build();
  }

  private static ChatRequest request(String model) {
    return new ChatRequest().model(model).addMessagesItem(ChatMessages.system("Be brief."))
        .addMessagesItem(ChatMessages.user("Hello there"));
  }

  private static long text(ChatResponseChunk chunk) {
    if (chunk.getChoices() == null || chunk.getChoices().isEmpty()) {
      return 0;
    }
    ChoiceChunk choice = chunk.getChoices().get(0);
    return choice.getDelta() == null || choice.getDelta().getContent() == null ? 0
        : choice.getDelta().getContent().length();
  }

  @Override
  public long stream(String model) {
    long chunks = 0;
    long text = 0;
    try (ChatStream stream = client.chat().stream(request(model))) {
      for (ChatResponseChunk chunk : stream) {
        chunks++;
        text += text(chunk);
      }
    }
    return text >= 0 ? chunks : -1;
  }

  @Override
  public String call(String model) {
    return client.chat().create(request(model)).getChoices().get(0).getMessage().getContent();
  }

  @Override
  public int concurrentStreams(String model, int count, long chunksEach)
      throws InterruptedException {
    CountDownLatch done = new CountDownLatch(count);
    AtomicInteger completed = new AtomicInteger();
    for (int i = 0; i < count; i++) {
      AtomicLong chunks = new AtomicLong();
      client.chat().streamAsync(request(model), new StreamHandler<>() {
        @Override
        public void onEvent(ChatResponseChunk chunk) {
          chunks.incrementAndGet();
          text(chunk);
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
    return client.files().download(fileId, ContentFormat.ORIGINAL, target);
  }

  @Override
  public void close() {
    client.close();
  }
}
