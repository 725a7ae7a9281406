package io.github.xaijava.bench.contenders;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.HttpResponse;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.github.xaijava.bench.harness.Contender;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** OpenAI's Java SDK pointed at {@code <server>/v1}, as xAI's documentation suggests. */
public final class OpenAiContender implements Contender {

  private final OpenAIClient client;

  public OpenAiContender(String baseUrl) {
    this.client = OpenAIOkHttpClient.builder().baseUrl(baseUrl + "/v1").apiKey("xai-bench")
        .build();
  }

  private static ChatCompletionCreateParams params(String model) {
    return ChatCompletionCreateParams.builder().model(model).addSystemMessage("Be brief.")
        .addUserMessage("Hello there").build();
  }

  private static long text(ChatCompletionChunk chunk) {
    return chunk.choices().isEmpty() ? 0
        : chunk.choices().get(0).delta().content().map(String::length).orElse(0);
  }

  @Override
  public long stream(String model) {
    long chunks = 0;
    long text = 0;
    try (StreamResponse<ChatCompletionChunk> stream =
        client.chat().completions().createStreaming(params(model))) {
      for (Iterator<ChatCompletionChunk> it = stream.stream().iterator(); it.hasNext(); ) {
        ChatCompletionChunk chunk = it.next();
        chunks++;
        text += text(chunk);
      }
    }
    return text >= 0 ? chunks : -1;
  }

  @Override
  public String call(String model) {
    return client.chat().completions().create(params(model)).choices().get(0).message().content()
        .orElse("");
  }

  @Override
  public int concurrentStreams(String model, int count, long chunksEach)
      throws InterruptedException {
    CountDownLatch done = new CountDownLatch(count);
    AtomicInteger completed = new AtomicInteger();
    for (int i = 0; i < count; i++) {
      AtomicLong chunks = new AtomicLong();
      client.async().chat().completions().createStreaming(params(model)).subscribe(
          new AsyncStreamResponse.Handler<>() {
            @Override
            public void onNext(ChatCompletionChunk chunk) {
              chunks.incrementAndGet();
              text(chunk);
            }

            @Override
            public void onComplete(Optional<Throwable> error) {
              error.ifPresent(Throwable::printStackTrace);
              if (error.isEmpty() && chunks.get() == chunksEach) {
                completed.incrementAndGet();
              }
              done.countDown();
            }
          });
    }
    done.await(5, TimeUnit.MINUTES);
    return completed.get();
  }

  @Override
  public long download(String fileId, Path target) throws Exception {
    try (HttpResponse response = client.files().content(fileId);
        InputStream body = response.body()) {
      return Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
