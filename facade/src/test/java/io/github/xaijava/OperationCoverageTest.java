package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.CompactRequest;
import io.github.xaijava.generated.model.CompleteRequest;
import io.github.xaijava.generated.model.ContentFormat;
import io.github.xaijava.generated.model.CreatePublicUrlRequest;
import io.github.xaijava.generated.model.EditImageRequest;
import io.github.xaijava.generated.model.EditVideoRequest;
import io.github.xaijava.generated.model.EmbeddingRequest;
import io.github.xaijava.generated.model.ExtendVideoRequest;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.MessageRequest;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.SampleRequest;
import io.github.xaijava.generated.model.SearchRequest;
import io.github.xaijava.generated.model.TokenizeRequest;
import io.github.xaijava.internal.http.RecordingSleeper;
import io.github.xaijava.pagination.CursorListParams;
import io.github.xaijava.pagination.FileListParams;
import io.github.xaijava.services.FileUpload;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of {@code openapi.json} is reachable through the facade, synchronously and as
 * a {@code CompletableFuture}: each facade method is called both ways against a loopback server,
 * and the requests it received must cover all operations of the document.
 */
class OperationCoverageTest {

  /** One JSON body that every JSON operation can read: unknown members become extras. */
  private static final String ANY_JSON =
      "{\"data\":[],\"has_more\":false,\"request_id\":\"req_1\",\"status\":\"done\"}";

  @TempDir
  Path temp;

  @Test
  void everyOperationIsReachableSyncAndAsync() throws Exception {
    List<String> received = new ArrayList<>();
    MockWebServer server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        synchronized (received) {
          received.add(request.getMethod() + " " + request.getRequestUrl().encodedPath());
        }
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(ANY_JSON);
      }
    });
    server.start();
    try (XaiClient client = TestClients.client(server, new RecordingSleeper())) {
      Map<String, Call> calls = calls(client);
      for (Map.Entry<String, Call> call : calls.entrySet()) {
        int before = received.size();
        call.getValue().sync.run();
        assertEquals(before + 1, received.size(), call.getKey() + " (sync) sent one request");
        Object result = call.getValue().async.get().join();
        if (result instanceof InputStream stream) {
          stream.close();
        }
        assertEquals(before + 2, received.size(), call.getKey() + " (async) sent one request");
      }
    } finally {
      server.shutdown();
    }

    Set<String> documented = documentedOperations();
    assertEquals(43, documented.size());
    Set<String> reached = new TreeSet<>();
    for (String request : received) {
      documented.stream().filter(op -> matches(op, request)).forEach(reached::add);
    }
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(reached);
    assertTrue(missing.isEmpty(), "operations no facade method reaches: " + missing);
  }

  private record Call(Runnable sync, Supplier<CompletableFuture<?>> async) {
  }

  private Map<String, Call> calls(XaiClient c) {
    RequestOptions none = RequestOptions.none();
    Path out = temp.resolve("download.bin");
    Map<String, Call> m = new LinkedHashMap<>();
    m.put("apiKey.retrieve", new Call(() -> c.apiKey().retrieve(), () -> c.apiKey().retrieveAsync(none)));
    m.put("apiKey.me", new Call(() -> c.apiKey().me(), () -> c.apiKey().meAsync(none)));
    ChatRequest chat = new ChatRequest().model("grok-4");
    m.put("chat.create", new Call(() -> c.chat().create(chat), () -> c.chat().createAsync(chat, none)));
    m.put("chat.getDeferredCompletion", new Call(() -> c.chat().getDeferredCompletion("d1"),
        () -> c.chat().getDeferredCompletionAsync("d1", none)));
    m.put("completions.create", new Call(() -> c.completions().create(new SampleRequest()),
        () -> c.completions().createAsync(new SampleRequest(), none)));
    m.put("completions.complete", new Call(() -> c.completions().complete(new CompleteRequest()),
        () -> c.completions().completeAsync(new CompleteRequest(), none)));
    m.put("documents.search", new Call(() -> c.documents().search(new SearchRequest()),
        () -> c.documents().searchAsync(new SearchRequest(), none)));
    m.put("embeddings.create", new Call(() -> c.embeddings().create(new EmbeddingRequest()),
        () -> c.embeddings().createAsync(new EmbeddingRequest(), none)));
    FileUpload upload = FileUpload.of("hello".getBytes(StandardCharsets.UTF_8), "a.txt");
    m.put("files.upload", new Call(() -> c.files().upload(upload),
        () -> c.files().uploadAsync(upload, io.github.xaijava.services.FileUploadOptions.none(), none)));
    m.put("files.list", new Call(() -> c.files().list(),
        () -> c.files().listAsync(FileListParams.none(), none)));
    m.put("files.retrieve", new Call(() -> c.files().retrieve("f1"), () -> c.files().retrieveAsync("f1", none)));
    m.put("files.delete", new Call(() -> c.files().delete("f1"), () -> c.files().deleteAsync("f1", none)));
    m.put("files.download", new Call(() -> c.files().download("f1", ContentFormat.ORIGINAL, out),
        () -> c.files().contentAsync("f1", null, none)));
    m.put("files.createPublicUrl", new Call(
        () -> c.files().createPublicUrl("f1", new CreatePublicUrlRequest()),
        () -> c.files().createPublicUrlAsync("f1", new CreatePublicUrlRequest(), none)));
    m.put("files.revokePublicUrl", new Call(() -> c.files().revokePublicUrl("f1"),
        () -> c.files().revokePublicUrlAsync("f1", none)));
    m.put("images.generate", new Call(() -> c.images().generate(new GenerateImageRequest()),
        () -> c.images().generateAsync(new GenerateImageRequest(), none)));
    m.put("images.edit", new Call(() -> c.images().edit(new EditImageRequest()),
        () -> c.images().editAsync(new EditImageRequest(), none)));
    m.put("messages.create", new Call(() -> c.messages().create(new MessageRequest()),
        () -> c.messages().createAsync(new MessageRequest(), none)));
    m.put("models.list", new Call(() -> c.models().list(), () -> c.models().listAsync(none)));
    m.put("models.retrieve", new Call(() -> c.models().retrieve("m"), () -> c.models().retrieveAsync("m", none)));
    m.put("models.listLanguageModels", new Call(() -> c.models().listLanguageModels(),
        () -> c.models().listLanguageModelsAsync(none)));
    m.put("models.retrieveLanguageModel", new Call(() -> c.models().retrieveLanguageModel("m"),
        () -> c.models().retrieveLanguageModelAsync("m", none)));
    m.put("models.listEmbeddingModels", new Call(() -> c.models().listEmbeddingModels(),
        () -> c.models().listEmbeddingModelsAsync(none)));
    m.put("models.retrieveEmbeddingModel", new Call(() -> c.models().retrieveEmbeddingModel("m"),
        () -> c.models().retrieveEmbeddingModelAsync("m", none)));
    m.put("models.listImageGenerationModels", new Call(() -> c.models().listImageGenerationModels(),
        () -> c.models().listImageGenerationModelsAsync(none)));
    m.put("models.retrieveImageGenerationModel", new Call(
        () -> c.models().retrieveImageGenerationModel("m"),
        () -> c.models().retrieveImageGenerationModelAsync("m", none)));
    m.put("models.listVideoGenerationModels", new Call(() -> c.models().listVideoGenerationModels(),
        () -> c.models().listVideoGenerationModelsAsync(none)));
    m.put("models.retrieveVideoGenerationModel", new Call(
        () -> c.models().retrieveVideoGenerationModel("m"),
        () -> c.models().retrieveVideoGenerationModelAsync("m", none)));
    ModelRequest response = new ModelRequest().model("grok-4");
    m.put("responses.create", new Call(() -> c.responses().create(response),
        () -> c.responses().createAsync(response, none)));
    m.put("responses.compact", new Call(() -> c.responses().compact(new CompactRequest()),
        () -> c.responses().compactAsync(new CompactRequest(), none)));
    m.put("responses.retrieve", new Call(() -> c.responses().retrieve("r1"),
        () -> c.responses().retrieveAsync("r1", none)));
    m.put("responses.delete", new Call(() -> c.responses().delete("r1"),
        () -> c.responses().deleteAsync("r1", none)));
    m.put("responses.inputItems", new Call(() -> c.responses().inputItems("r1"),
        () -> c.responses().inputItemsAsync("r1", CursorListParams.none(), none)));
    m.put("skills.list", new Call(() -> c.skills().list(),
        () -> c.skills().listAsync(CursorListParams.none(), none)));
    m.put("skills.upload", new Call(() -> c.skills().upload(List.of(upload)),
        () -> c.skills().uploadAsync(List.of(upload), none)));
    m.put("skills.retrieve", new Call(() -> c.skills().retrieve("s1"), () -> c.skills().retrieveAsync("s1", none)));
    m.put("skills.delete", new Call(() -> c.skills().delete("s1"), () -> c.skills().deleteAsync("s1", none)));
    m.put("skills.download", new Call(() -> c.skills().download("s1", out),
        () -> c.skills().contentAsync("s1", none)));
    m.put("tokenizer.tokenize", new Call(() -> c.tokenizer().tokenize(new TokenizeRequest()),
        () -> c.tokenizer().tokenizeAsync(new TokenizeRequest(), none)));
    m.put("videos.generate", new Call(() -> c.videos().generate(new GenerateVideoRequest()),
        () -> c.videos().generateAsync(new GenerateVideoRequest(), none)));
    m.put("videos.edit", new Call(() -> c.videos().edit(new EditVideoRequest()),
        () -> c.videos().editAsync(new EditVideoRequest(), none)));
    m.put("videos.extend", new Call(() -> c.videos().extend(new ExtendVideoRequest()),
        () -> c.videos().extendAsync(new ExtendVideoRequest(), none)));
    m.put("videos.retrieve", new Call(() -> c.videos().retrieve("v1"),
        () -> c.videos().retrieveAsync("v1", none)));
    return m;
  }

  /** "METHOD /path/{param}" for every operation of the project's openapi.json. */
  private static Set<String> documentedOperations() throws Exception {
    JsonObject paths = JsonParser.parseString(
            Files.readString(Paths.get("..", "openapi.json"), StandardCharsets.UTF_8))
        .getAsJsonObject().getAsJsonObject("paths");
    Set<String> operations = new TreeSet<>();
    for (String path : paths.keySet()) {
      for (String method : paths.getAsJsonObject(path).keySet()) {
        operations.add(method.toUpperCase() + " " + path);
      }
    }
    return operations;
  }

  private static boolean matches(String operation, String request) {
    String regex = operation.replaceAll("\\{[^}]+}", "[^/]+");
    return request.matches(regex);
  }
}
