package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.generated.model.AddBatchRequestsRequest;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.CompactRequest;
import io.github.xaijava.generated.model.CompleteRequest;
import io.github.xaijava.generated.model.CreateBatchRequest;
import io.github.xaijava.generated.model.CreatePublicUrlRequest;
import io.github.xaijava.generated.model.DocumentsSource;
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
import io.github.xaijava.generated.model.TextToSpeechRequest;
import io.github.xaijava.generated.model.TokenizeRequest;
import io.github.xaijava.generated.model.UpdateCustomVoiceRequest;
import io.github.xaijava.generated.model.VideoUrl;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.testing.SpecFiles;
import io.github.xaijava.testsupport.XaiServerExtension;
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
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of {@code openapi.json} and {@code supplement.json} is reachable through the facade, blocking and through
 * {@code client.async()}: each facade method is called both ways against a loopback server, and
 * the requests it received must cover every operation of the document. The list exercises the
 * behaviours (streams, pages, jobs, uploads, downloads); an operation it does not name, such as
 * one a newer document adds, is called through the method the build generated for it.
 */
class OperationCoverageTest {

  private static final String MANAGEMENT_KEY = "xai-MANAGEMENT-TESTKEY-0123456789";

  /** One JSON body every JSON operation can read (reading is lenient; extras are kept). */
  private static final String ANY_JSON =
      "{\"data\":[],\"has_more\":false,\"request_id\":\"req_1\",\"status\":\"done\"}";

  @RegisterExtension
  final XaiServerExtension xai = new XaiServerExtension();

  @TempDir
  Path temp;

  @Test
  void everyOperationIsReachableBlockingAndAsync() throws Exception {
    List<String> received = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    xai.server().setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        synchronized (received) {
          received.add(request.getMethod() + " " + request.getRequestUrl().encodedPath());
          keys.add(request.getHeader("Authorization"));
        }
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(ANY_JSON);
      }
    });
    XaiClient client = xai.client();
    XaiManagementClient management = XaiManagementClient.create(o -> o.apiKey(MANAGEMENT_KEY)
        .baseUrl(xai.server().url("/").toString()).maxRetries(0));
    Map<String, Call> all = new LinkedHashMap<>(calls(client));
    all.putAll(managementCalls(management));
    for (Map.Entry<String, Call> call : all.entrySet()) {
      int before = size(received);
      close(call.getValue().blocking.get());
      assertEquals(before + call.getValue().requests, size(received),
          call.getKey() + " (blocking) sent its requests");
      close(call.getValue().async.get().get(10, TimeUnit.SECONDS));
      assertEquals(before + 2 * call.getValue().requests, size(received),
          call.getKey() + " (async) sent its requests");
    }

    Set<String> documented = documentedOperations();
    assertTrue(documented.size() > 40, "read the operations of openapi.json");
    Set<String> reached = new TreeSet<>();
    for (String request : received) {
      documented.stream().filter(op -> matches(op, request)).forEach(reached::add);
    }
    // Operations the list above does not name (a document newer than this test): call the
    // method the build generated for each, found by its service rule, both ways.
    for (String operation : documented) {
      if (!reached.contains(operation)) {
        int before = size(received);
        callGenerated(managementOperations().contains(operation) ? management : client, operation);
        if (size(received) == before + 2) {
          reached.add(operation);
        }
      }
    }
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(reached);
    assertTrue(missing.isEmpty(), "operations no facade method reaches: " + missing);

    // Each key went only to its own API: the management key to the management operations.
    Set<String> managementOps = managementOperations();
    assertTrue(managementOps.size() > 10, "read the management operations of supplement.json");
    List<String> wrongKey = new ArrayList<>();
    for (int i = 0; i < received.size(); i++) {
      String request = received.get(i);
      boolean toManagement = managementOps.stream().anyMatch(op -> matches(op, request));
      String expected = "Bearer " + (toManagement ? MANAGEMENT_KEY : io.github.xaijava.TestClients.KEY);
      if (!expected.equals(keys.get(i))) {
        wrongKey.add(request);
      }
    }
    assertTrue(wrongKey.isEmpty(), "requests with the other API's key: " + wrongKey);
    management.close();
  }

  private static int size(List<String> received) {
    synchronized (received) {
      return received.size();
    }
  }

  private static void close(Object result) throws Exception {
    if (result instanceof InputStream stream) {
      stream.close();
    }
  }

  /** A facade method called both ways, and how many requests one call sends. */
  private record Call(Supplier<?> blocking, Supplier<CompletableFuture<?>> async, int requests) {
    Call(Supplier<?> blocking, Supplier<CompletableFuture<?>> async) {
      this(blocking, async, 1);
    }
  }

  private Map<String, Call> calls(XaiClient c) {
    XaiAsyncClient a = c.async();
    Path out = temp.resolve("download.bin");
    FileUpload upload = FileUpload.of("hello".getBytes(StandardCharsets.UTF_8), "a.txt");
    ChatRequest chat = ChatRequest.builder().model("grok-4").addUserMessage("Hi").build();
    ModelRequest response = ModelRequest.builder().model("grok-4").input("Hi").build();
    SearchRequest search = SearchRequest.builder().query("q")
        .source(DocumentsSource.builder().addCollectionId("col_1").build()).build();
    VideoUrl video = VideoUrl.builder().url("https://example.com/v.mp4").build();
    EditVideoRequest editVideo = EditVideoRequest.builder().prompt("p").video(video).build();
    ExtendVideoRequest extendVideo = ExtendVideoRequest.builder().prompt("p").video(video).build();
    CompactRequest compact = CompactRequest.builder().model("grok-4").input("Hi").build();
    CreatePublicUrlRequest publicUrl = CreatePublicUrlRequest.builder().build();

    Map<String, Call> m = new LinkedHashMap<>();
    m.put("apiKey.info", new Call(() -> c.apiKey().info(), () -> a.apiKey().info()));
    m.put("apiKey.me", new Call(() -> c.apiKey().me(), () -> a.apiKey().me()));
    m.put("chat.create", new Call(() -> c.chat().create(chat), () -> a.chat().create(chat)));
    m.put("chat.startDeferred+poll", new Call(() -> c.chat().startDeferred(chat).poll(),
        () -> a.chat().startDeferred(chat).thenCompose(job -> job.pollAsync()), 2));
    m.put("completions.create", new Call(() -> c.completions().create(SampleRequest.builder().build()),
        () -> a.completions().create(SampleRequest.builder().build())));
    m.put("completions.complete",
        new Call(() -> c.completions().complete(CompleteRequest.builder().build()),
            () -> a.completions().complete(CompleteRequest.builder().build())));
    m.put("documents.search",
        new Call(() -> c.documents().search(search), () -> a.documents().search(search)));
    m.put("embeddings.create",
        new Call(() -> c.embeddings().create(EmbeddingRequest.builder().build()),
            () -> a.embeddings().create(EmbeddingRequest.builder().build())));
    m.put("files.upload", new Call(() -> c.files().upload(upload), () -> a.files().upload(upload)));
    m.put("files.list", new Call(() -> c.files().list(), () -> a.files().list()));
    m.put("files.retrieve", new Call(() -> c.files().retrieve("f1"), () -> a.files().retrieve("f1")));
    m.put("files.delete", new Call(() -> c.files().delete("f1"), () -> a.files().delete("f1")));
    m.put("files.download", new Call(() -> c.files().download("f1", out),
        () -> a.files().content("f1")));
    m.put("files.createPublicUrl", new Call(() -> c.files().createPublicUrl("f1", publicUrl),
        () -> a.files().createPublicUrl("f1", publicUrl)));
    m.put("files.revokePublicUrl", new Call(() -> c.files().revokePublicUrl("f1"),
        () -> a.files().revokePublicUrl("f1")));
    m.put("images.generate",
        new Call(() -> c.images().generate(GenerateImageRequest.builder().build()),
            () -> a.images().generate(GenerateImageRequest.builder().build())));
    EditImageRequest editImage = EditImageRequest.builder().prompt("p").build();
    m.put("images.edit", new Call(() -> c.images().edit(editImage), () -> a.images().edit(editImage)));
    m.put("messages.create", new Call(() -> c.messages().create(MessageRequest.builder().build()),
        () -> a.messages().create(MessageRequest.builder().build())));
    m.put("models.list", new Call(() -> c.models().list(), () -> a.models().list()));
    m.put("models.get", new Call(() -> c.models().get("m"), () -> a.models().get("m")));
    m.put("models.language.list",
        new Call(() -> c.models().language().list(), () -> a.models().language().list()));
    m.put("models.language.get",
        new Call(() -> c.models().language().get("m"), () -> a.models().language().get("m")));
    m.put("models.embedding.list",
        new Call(() -> c.models().embedding().list(), () -> a.models().embedding().list()));
    m.put("models.embedding.get",
        new Call(() -> c.models().embedding().get("m"), () -> a.models().embedding().get("m")));
    m.put("models.image.list",
        new Call(() -> c.models().image().list(), () -> a.models().image().list()));
    m.put("models.image.get",
        new Call(() -> c.models().image().get("m"), () -> a.models().image().get("m")));
    m.put("models.video.list",
        new Call(() -> c.models().video().list(), () -> a.models().video().list()));
    m.put("models.video.get",
        new Call(() -> c.models().video().get("m"), () -> a.models().video().get("m")));
    m.put("responses.create",
        new Call(() -> c.responses().create(response), () -> a.responses().create(response)));
    m.put("responses.compact",
        new Call(() -> c.responses().compact(compact), () -> a.responses().compact(compact)));
    m.put("responses.retrieve",
        new Call(() -> c.responses().retrieve("r1"), () -> a.responses().retrieve("r1")));
    m.put("responses.delete",
        new Call(() -> c.responses().delete("r1"), () -> a.responses().delete("r1")));
    m.put("responses.inputItems",
        new Call(() -> c.responses().inputItems("r1"), () -> a.responses().inputItems("r1")));
    m.put("skills.list", new Call(() -> c.skills().list(), () -> a.skills().list()));
    m.put("skills.upload",
        new Call(() -> c.skills().upload(List.of(upload)), () -> a.skills().upload(List.of(upload))));
    m.put("skills.retrieve",
        new Call(() -> c.skills().retrieve("s1"), () -> a.skills().retrieve("s1")));
    m.put("skills.delete", new Call(() -> c.skills().delete("s1"), () -> a.skills().delete("s1")));
    m.put("skills.download",
        new Call(() -> c.skills().download("s1", out), () -> a.skills().content("s1")));
    m.put("tokenizer.tokenize",
        new Call(() -> c.tokenizer().tokenize(TokenizeRequest.builder().build()),
            () -> a.tokenizer().tokenize(TokenizeRequest.builder().build())));
    GenerateVideoRequest generateVideo = GenerateVideoRequest.builder().prompt("p").build();
    m.put("videos.startGeneration+poll",
        new Call(() -> c.videos().startGeneration(generateVideo).poll(),
            () -> a.videos().startGeneration(generateVideo).thenCompose(job -> job.pollAsync()), 2));
    m.put("videos.startEdit", new Call(() -> c.videos().startEdit(editVideo),
        () -> a.videos().startEdit(editVideo)));
    m.put("videos.startExtension", new Call(() -> c.videos().startExtension(extendVideo),
        () -> a.videos().startExtension(extendVideo)));
    // Our supplement: what xAI documents outside its OpenAPI document.
    m.put("images.startDeferred+poll",
        new Call(() -> c.images().startDeferred(GenerateImageRequest.builder().build()).poll(),
            () -> a.images().startDeferred(GenerateImageRequest.builder().build())
                .thenCompose(job -> job.pollAsync()), 2));
    m.put("images.startDeferredEdit", new Call(() -> c.images().startDeferredEdit(editImage),
        () -> a.images().startDeferredEdit(editImage)));
    CreateBatchRequest batch = CreateBatchRequest.builder().name("b").build();
    AddBatchRequestsRequest add = AddBatchRequestsRequest.builder().batchRequests(List.of()).build();
    m.put("batches.create", new Call(() -> c.batches().create(batch), () -> a.batches().create(batch)));
    m.put("batches.list", new Call(() -> c.batches().list(), () -> a.batches().list()));
    m.put("batches.job.poll", new Call(() -> c.batches().job("b1").poll(),
        () -> a.batches().job("b1").pollAsync()));
    m.put("batches.cancel", new Call(() -> c.batches().cancel("b1"), () -> a.batches().cancel("b1")));
    m.put("batches.addRequests", new Call(() -> {
      c.batches().addRequests("b1", add);
      return null;
    }, () -> a.batches().addRequests("b1", add)));
    m.put("batches.requests", new Call(() -> c.batches().requests("b1"),
        () -> a.batches().requests("b1")));
    m.put("batches.results", new Call(() -> c.batches().results("b1"),
        () -> a.batches().results("b1")));
    TextToSpeechRequest speech = TextToSpeechRequest.builder().text("Hi").language("en").build();
    m.put("voice.speak", new Call(() -> c.voice().speakTo(speech, out),
        () -> a.voice().speak(speech)));
    m.put("voice.voices", new Call(() -> c.voice().voices(), () -> a.voice().voices()));
    m.put("voice.voice", new Call(() -> c.voice().voice("eve"), () -> a.voice().voice("eve")));
    m.put("voice.transcribe", new Call(() -> c.voice().transcribe(upload),
        () -> a.voice().transcribe(upload)));
    m.put("customVoices.create", new Call(() -> c.customVoices().create(upload),
        () -> a.customVoices().create(upload)));
    m.put("customVoices.list", new Call(() -> c.customVoices().list(),
        () -> a.customVoices().list()));
    m.put("customVoices.retrieve", new Call(() -> c.customVoices().retrieve("v1"),
        () -> a.customVoices().retrieve("v1")));
    UpdateCustomVoiceRequest relabel = UpdateCustomVoiceRequest.builder().name("n").build();
    m.put("customVoices.update", new Call(() -> c.customVoices().update("v1", relabel),
        () -> a.customVoices().update("v1", relabel)));
    m.put("customVoices.delete", new Call(() -> c.customVoices().delete("v1"),
        () -> a.customVoices().delete("v1")));
    m.put("customVoices.downloadAudio", new Call(() -> c.customVoices().downloadAudio("v1", out),
        () -> a.customVoices().audio("v1")));
    return m;
  }

  /** The calls of the management client that are not plain (pages, the indexing job). */
  private Map<String, Call> managementCalls(XaiManagementClient c) {
    XaiAsyncManagementClient a = c.async();
    Map<String, Call> m = new LinkedHashMap<>();
    m.put("collections.list", new Call(() -> c.collections().list(), () -> a.collections().list()));
    m.put("collections.documents", new Call(() -> c.collections().documents("c1"),
        () -> a.collections().documents("c1")));
    m.put("collections.indexing.poll", new Call(() -> c.collections().indexing("c1", "f1").poll(),
        () -> a.collections().indexing("c1", "f1").pollAsync()));
    m.put("collections.addDocument", new Call(() -> {
      c.collections().addDocument("c1", "f1");
      return null;
    }, () -> a.collections().addDocument("c1", "f1")));
    m.put("keys.list", new Call(() -> c.keys().list("t1"), () -> a.keys().list("t1")));
    return m;
  }

  /** "METHOD /path" of the supplement's operations on xAI's management host. */
  private static Set<String> managementOperations() throws Exception {
    JsonObject paths = JsonParser.parseString(Files.readString(SpecFiles.projectSupplement(),
        StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonObject("paths");
    Set<String> operations = new TreeSet<>();
    for (String path : paths.keySet()) {
      for (Map.Entry<String, com.google.gson.JsonElement> op : paths.getAsJsonObject(path).entrySet()) {
        if (op.getValue().isJsonObject() && op.getValue().getAsJsonObject().has("x-xai-host")) {
          operations.add(op.getKey().toUpperCase() + " " + path);
        }
      }
    }
    return operations;
  }

  /**
   * "METHOD /path/{param}" for every operation the build generates from: those of the project's
   * openapi.json and of its supplement.json.
   */
  private static Set<String> documentedOperations() throws Exception {
    Set<String> operations = new TreeSet<>();
    for (Path document : List.of(SpecFiles.projectSpec(), SpecFiles.projectSupplement())) {
      JsonObject paths = JsonParser.parseString(Files.readString(document, StandardCharsets.UTF_8))
          .getAsJsonObject().getAsJsonObject("paths");
      for (String path : paths.keySet()) {
        for (String method : paths.getAsJsonObject(path).keySet()) {
          if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
            operations.add(method.toUpperCase() + " " + path);
          }
        }
      }
    }
    return operations;
  }

  /**
   * Calls the plain method generated for {@code operation} ("GET /v1/x/{id}") on its service,
   * blocking and async, with placeholder arguments: ids as text, bodies as empty builders.
   */
  private static void callGenerated(Object client, String operation) throws Exception {
    String[] parts = operation.split(" ", 2);
    JsonObject op = JsonParser.parseString(
            Files.readString(Paths.get("target", "xai-shaped.json"), StandardCharsets.UTF_8))
        .getAsJsonObject().getAsJsonObject("paths").getAsJsonObject(parts[1])
        .getAsJsonObject(parts[0].toLowerCase());
    JsonObject service = op.getAsJsonObject("x-xai-service");
    if (!service.has("plain") || !service.get("plain").getAsBoolean()) {
      return;
    }
    String group = op.getAsJsonArray("tags").get(0).getAsString();
    String accessor = Character.toLowerCase(group.charAt(0)) + group.substring(1);
    String name = service.get("call").getAsString();
    Object async = client.getClass().getMethod("async").invoke(client);
    for (Object target : List.of(client.getClass().getMethod(accessor).invoke(client),
        async.getClass().getMethod(accessor).invoke(async))) {
      for (java.lang.reflect.Method m : target.getClass().getInterfaces()[0].getMethods()) {
        Class<?>[] types = m.getParameterTypes();
        if (!m.getName().equals(name) || types.length == 0
            || types[types.length - 1] != io.github.xaijava.config.RequestOptions.class) {
          continue;
        }
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
          args[i] = placeholder(types[i]);
        }
        Object result = m.invoke(target, args);
        if (result instanceof CompletableFuture<?> future) {
          future.get(10, TimeUnit.SECONDS);
        }
        break;
      }
    }
  }

  private static Object placeholder(Class<?> type) throws Exception {
    if (type == String.class) {
      return "id_1";
    }
    if (type == io.github.xaijava.config.RequestOptions.class) {
      return io.github.xaijava.config.RequestOptions.none();
    }
    try {
      Object builder = type.getMethod("builder").invoke(null);
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (NoSuchMethodException notAModel) {
      return null; // an optional query parameter: not sent
    }
  }

  private static boolean matches(String operation, String request) {
    return request.matches(operation.replaceAll("\\{[^}]+}", "[^/]+"));
  }
}
