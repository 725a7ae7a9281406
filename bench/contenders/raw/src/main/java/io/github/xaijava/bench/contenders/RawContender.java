package io.github.xaijava.bench.contenders;

import com.google.gson.Gson;
import io.github.xaijava.bench.harness.Contender;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;

/**
 * The limit: what an application writes with OkHttp and Gson alone. A request object written
 * by Gson, answers bound by Gson's reflection into small classes holding only what is read,
 * streams read line by line ({@code readUtf8Line}, {@code data: } prefix, {@code [DONE]}).
 */
public final class RawContender implements Contender {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final Gson gson = new Gson();
  private final String base;

  public RawContender(String baseUrl) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(1024);
    dispatcher.setMaxRequestsPerHost(1024);
    this.http = new OkHttpClient.Builder().dispatcher(dispatcher).build();
    this.base = baseUrl;
  }

  // The wire shapes this contender binds.
  record Message(String role, String content) {
  }

  record ChatBody(String model, List<Message> messages, Boolean stream) {
  }

  record Delta(String role, String content) {
  }

  record ChunkChoice(int index, Delta delta, String finish_reason) {
  }

  record Chunk(String id, String object, long created, String model, List<ChunkChoice> choices,
      String system_fingerprint) {
  }

  record Choice(int index, Message message, String finish_reason) {
  }

  record Usage(int prompt_tokens, int completion_tokens, int total_tokens) {
  }

  record Completion(String id, String object, long created, String model, List<Choice> choices,
      Usage usage, String system_fingerprint) {
  }

  private Request chat(String model, boolean stream) {
    ChatBody body = new ChatBody(model,
        List.of(new Message("system", "Be brief."), new Message("user", "Hello there")),
        stream ? Boolean.TRUE : null);
    return new Request.Builder().url(base + "/v1/chat/completions")
        .header("Authorization", "Bearer xai-bench")
        .post(RequestBody.create(gson.toJson(body), JSON)).build();
  }

  @Override
  public long stream(String model) throws IOException {
    try (Response response = http.newCall(chat(model, true)).execute()) {
      return read(response);
    }
  }

  private long read(Response response) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code());
    }
    BufferedSource source = response.body().source();
    long chunks = 0;
    long text = 0;
    for (String line = source.readUtf8Line(); line != null; line = source.readUtf8Line()) {
      if (!line.startsWith("data: ")) {
        continue;
      }
      String data = line.substring(6);
      if (data.equals("[DONE]")) {
        break;
      }
      Chunk chunk = gson.fromJson(data, Chunk.class);
      chunks++;
      if (!chunk.choices().isEmpty() && chunk.choices().get(0).delta().content() != null) {
        text += chunk.choices().get(0).delta().content().length();
      }
    }
    return text >= 0 ? chunks : -1;
  }

  @Override
  public String call(String model) throws IOException {
    try (Response response = http.newCall(chat(model, false)).execute();
        Reader body = response.body().charStream()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      Completion completion = gson.fromJson(body, Completion.class);
      return completion.choices().get(0).message().content();
    }
  }

  @Override
  public int concurrentStreams(String model, int count, long chunksEach)
      throws InterruptedException {
    CountDownLatch done = new CountDownLatch(count);
    AtomicInteger completed = new AtomicInteger();
    for (int i = 0; i < count; i++) {
      http.newCall(chat(model, true)).enqueue(new Callback() {
        @Override
        public void onResponse(Call call, Response response) {
          try (response) {
            if (read(response) == chunksEach) {
              completed.incrementAndGet();
            }
          } catch (IOException e) {
            e.printStackTrace();
          } finally {
            done.countDown();
          }
        }

        @Override
        public void onFailure(Call call, IOException e) {
          e.printStackTrace();
          done.countDown();
        }
      });
    }
    done.await(5, TimeUnit.MINUTES);
    return completed.get();
  }

  @Override
  public long download(String fileId, Path target) throws IOException {
    Request request = new Request.Builder().url(base + "/v1/files/" + fileId + "/content")
        .header("Authorization", "Bearer xai-bench").build();
    try (Response response = http.newCall(request).execute();
        BufferedSink sink = Okio.buffer(Okio.sink(target))) {
      return sink.writeAll(response.body().source());
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
