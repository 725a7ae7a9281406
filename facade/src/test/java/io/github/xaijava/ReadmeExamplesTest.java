package io.github.xaijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.generated.model.GeneratedImageResponse;
import io.github.xaijava.generated.model.ImageResponseFormat;
import io.github.xaijava.services.GeneratedImages;
import io.github.xaijava.generated.model.CollectionMetadata;
import io.github.xaijava.generated.model.CreateCollectionRequest;
import io.github.xaijava.generated.model.DocumentsSource;
import io.github.xaijava.generated.model.SearchRequest;
import io.github.xaijava.generated.model.SearchResponse;
import io.github.xaijava.batches.BatchRequests;
import io.github.xaijava.generated.model.AddBatchRequestsRequest;
import io.github.xaijava.generated.model.Batch;
import io.github.xaijava.generated.model.BatchResult;
import io.github.xaijava.generated.model.CreateBatchRequest;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.SpeechOutputFormat;
import io.github.xaijava.generated.model.TextToSpeechRequest;
import io.github.xaijava.generated.model.Transcription;
import io.github.xaijava.generated.model.TranscriptionOptions;
import io.github.xaijava.jobs.BatchState;
import io.github.xaijava.params.PageParams;
import io.github.xaijava.config.LogLevel;
import io.github.xaijava.config.PollOptions;
import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.errors.RateLimitException;
import io.github.xaijava.errors.XaiApiException;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.VideoResponse;
import io.github.xaijava.generated.model.WebSearchTool;
import io.github.xaijava.jobs.DeferredCompletion;
import io.github.xaijava.jobs.VideoJob;
import io.github.xaijava.params.FileListParams;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.ListOrder;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.streaming.ResponseEvent;
import io.github.xaijava.streaming.ResponseStream;
import io.github.xaijava.streaming.StreamSubscription;
import io.github.xaijava.structured.Description;
import io.github.xaijava.tools.Toolbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import io.github.xaijava.sockets.AudioFiles;
import io.github.xaijava.sockets.AudioFormat;
import io.github.xaijava.sockets.ResponsesConversation;
import io.github.xaijava.sockets.SpeechStream;
import io.github.xaijava.sockets.SpeechStreamOptions;
import io.github.xaijava.sockets.TranscriptionEvent;
import io.github.xaijava.sockets.TranscriptionStream;
import io.github.xaijava.sockets.TranscriptionStreamOptions;
import io.github.xaijava.sockets.VoiceAgentOptions;
import io.github.xaijava.sockets.VoiceEvent;
import io.github.xaijava.sockets.VoiceSession;
import io.github.xaijava.sockets.VoiceSessionConfig;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java code of README.md, verbatim, run against the project's simulator. The first test
 * checks that every Java block of the README appears in this file (or in
 * {@link ReadmeSimulatorExampleTest}) line for line, one-line assertions aside, so the README
 * cannot drift from code that compiles and runs.
 */
class ReadmeExamplesTest {

  @RegisterExtension
  static XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private XaiClient client;
  private ChatRequest request;

  @BeforeEach
  void start(XaiSimulator sim) {
    System.setProperty("xai.apiKey", sim.apiKey());
    System.setProperty("xai.baseUrl", sim.baseUrl());
    client = XaiClient.create(o -> o.fromEnv().pollOptions(PollOptions.builder()
        .initialInterval(Duration.ofMillis(10)).maxInterval(Duration.ofMillis(20)).build()));
    request = ChatRequest.builder().model("grok-4").addUserMessage("Hi").build();
    originalOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    System.setOut(originalOut);
    client.close();
    System.clearProperty("xai.apiKey");
    System.clearProperty("xai.baseUrl");
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyJavaBlockOfTheReadmeRunsInTheseTests() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String tests = normalised(Files.readString(
        Path.of("src/test/java/io/github/xaijava/ReadmeExamplesTest.java")))
        + normalised(Files.readString(
            Path.of("src/test/java/io/github/xaijava/ReadmeSimulatorExampleTest.java")))
        + integrationReadmeTests();
    List<String> missing = new ArrayList<>();
    int blocks = 0;
    for (String block : readme.split("```java\n")) {
      if (blocks++ == 0) {
        continue;
      }
      String code = normalised(block.substring(0, block.indexOf("```"))
          .replaceAll("(?m)^import .*$", ""));
      if (!tests.contains(code)) {
        missing.add(code);
      }
    }
    assertTrue(blocks > 10, "read the README's Java blocks");
    assertTrue(missing.isEmpty(), "README blocks not run by a test:\n" + String.join("\n", missing));
  }

  /**
   * The README tests of the integration modules (their blocks need LangChain4j or OpenTelemetry,
   * which this module does not have): {@code integrations/NAME/src/test/java/.../Readme*Test.java}.
   */
  private static String integrationReadmeTests() throws java.io.IOException {
    StringBuilder all = new StringBuilder();
    Path integrations = Path.of("..", "integrations");
    if (!Files.isDirectory(integrations)) {
      return "";
    }
    try (java.util.stream.Stream<Path> files = Files.walk(integrations)) {
      for (Path f : files.filter(f -> f.getFileName().toString().matches("Readme.*Test\\.java"))
          .toList()) {
        all.append(normalised(Files.readString(f)));
      }
    }
    return all.toString();
  }

  /** Whether a block belongs to an integration module (compiled and run by its own tests). */
  private static boolean ofAnIntegration(String code) {
    return code.contains("import dev.langchain4j.") || code.contains("import io.opentelemetry.")
        || code.contains("import org.springframework.");
  }

  /**
   * Each Java block of the README compiles on its own, with only the imports it shows: a reader
   * who copies one gets a program that compiles. A block is the body of a method of a class that
   * has a {@code client} and a {@code request} (what the README's prose says they are), or, when it
   * declares test members, the body of a class.
   */
  @Test
  void everyJavaBlockOfTheReadmeCompilesWithTheImportsItShows(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String[] blocks = readme.split("```java\n");
    List<java.io.File> sources = new ArrayList<>();
    for (int i = 1; i < blocks.length; i++) {
      String code = blocks[i].substring(0, blocks[i].indexOf("```"));
      if (ofAnIntegration(code)) {
        continue;
      }
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String line : code.split("\n")) {
        (line.startsWith("import ") ? imports : body).append(line).append('\n');
      }
      boolean members = body.toString().contains("@Test") || body.toString().contains("@RegisterExtension");
      String source = imports + "class ReadmeBlock" + i + " {\n"
          + "  io.github.xaijava.XaiClient client;\n"
          + "  io.github.xaijava.generated.model.ChatRequest request;\n"
          + (members ? body : "  void run() throws Exception {\n" + body + "  }\n") + "}\n";
      Path file = dir.resolve("ReadmeBlock" + i + ".java");
      Files.writeString(file, source);
      sources.add(file.toFile());
    }
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    javax.tools.DiagnosticCollector<javax.tools.JavaFileObject> problems = new javax.tools.DiagnosticCollector<>();
    try (javax.tools.StandardJavaFileManager files = javac.getStandardFileManager(problems, null, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(null, files, problems,
          List.of("-classpath", System.getProperty("java.class.path"), "-proc:none",
              "-d", dir.toString()), null, files.getJavaFileObjectsFromFiles(sources)).call();
      StringBuilder report = new StringBuilder();
      problems.getDiagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
          .forEach(d -> report.append(d.getSource() == null ? "" : java.nio.file.Path.of(d.getSource().toUri()).getFileName())
              .append(':').append(d.getLineNumber()).append(' ').append(d.getMessage(null)).append('\n'));
      assertTrue(compiled, "README blocks that do not compile as shown:\n" + report);
    }
    assertTrue(sources.size() > 15, "read the README's Java blocks");
  }

  /** Lines stripped, blank ones and one-line assertions (checks inside a block) left out. */
  private static String normalised(String source) {
    StringBuilder lines = new StringBuilder();
    for (String line : source.split("\n")) {
      if (!line.isBlank() && !line.strip().startsWith("assert")) {
        lines.append(line.strip()).append('\n');
      }
    }
    return lines.toString();
  }

  @Test
  void quickStart(XaiSimulator sim) {
    try (XaiClient client = XaiClient.fromEnv()) {            // reads XAI_API_KEY (and XAI_BASE_URL)
      String answer = client.chat().create(ChatRequest.builder()
          .model("grok-4")
          .addUserMessage("Say hello in one word.")
          .build()).text();
      System.out.println(answer);
    } catch (RateLimitException e) {
      String wait = e.retryAfter().map(d -> d.toSeconds() + " s").orElse("a moment");
      System.err.println("Slow down; retry in " + wait);
    } catch (XaiApiException e) {
      // e.g. "HTTP 404 (Some requested entity was not found): The model grok-x does not exist [request-id …]"
      System.err.println(e.getMessage());
    }
    assertEquals("Simulated answer to: Say hello in one word.", printed().strip());

    // The same code when xAI asks to wait longer than the client would: it fails at once.
    sim.faults().next(1).rateLimited(Duration.ofMinutes(2));
    RateLimitException limited = null;
    try (XaiClient client = XaiClient.fromEnv()) {
      client.chat().create(request);
    } catch (RateLimitException e) {
      limited = e;
    }
    assertEquals(Duration.ofMinutes(2), limited.retryAfter().orElseThrow());
  }

  @Test
  void streaming() {
    try (ChatStream stream = client.chat().stream(ChatRequest.builder()
        .model("grok-4-fast")
        .addUserMessage("Write a haiku about Bern.")
        .build())) {
      for (ChatResponseChunk chunk : stream) {
        System.out.print(chunk.deltaText());
      }
      ChatResponse whole = stream.accumulated();   // content, reasoning, tool calls, usage, citations
      assertEquals(whole.text(), printed());
      assertTrue(whole.usage().isPresent(), "a chat stream asks for usage by default");
    }
    assertTrue(printed().contains("Write a haiku about Bern."), printed());

    out.reset();
    try (ResponseStream stream = client.responses().stream(ModelRequest.builder()
        .model("grok-4").input("Hello").build())) {
      for (ResponseEvent event : stream) {
        if (event instanceof ResponseEvent.OutputTextDelta text) {
          System.out.print(text.delta());
        }
      }
      ModelResponse done = stream.completed().orElseThrow();
      assertEquals(done.outputText(), printed());
    }
  }

  @Test
  void responses() {
    ModelResponse response = client.responses().create(ModelRequest.builder()
        .model("grok-4")
        .input("What is the tallest building in Bern?")
        .addTool(WebSearchTool.builder().build())        // xAI's server-side search
        .build());
    System.out.println(response.outputText());
    String next = client.responses().create(ModelRequest.builder()
        .model("grok-4").previousResponseId(response.id()).input("And in Zurich?").build())
        .outputText();
    assertTrue(printed().contains("Bern"), printed());
    assertTrue(next.contains("Zurich"), next);
  }

  @Test
  void toolCalling() {
    @Description("Current weather for a city")
    record GetWeather(String city) {}

    Toolbox tools = Toolbox.builder()
        .add(GetWeather.class, w -> "18 °C and sunny in " + w.city())   // the tool "get_weather"
        .build();
    ChatResponse answer = client.chat().runTools(ChatRequest.builder()
        .model("grok-4")
        .addUserMessage("What's the weather in Rome?")
        .build(), tools).response();
    System.out.println(answer.text());
    assertTrue(printed().contains("18 °C and sunny in"), printed());
    assertFalse(answer.hasToolCalls());
  }

  @Test
  void structuredOutput() {
    record Capital(String country, String city, OptionalInt population) {}

    Capital capital = client.chat().parse(ChatRequest.builder()
        .model("grok-4")
        .addUserMessage("What is the capital of Italy?")
        .build(), Capital.class).value();
    System.out.println(capital.city());
    assertFalse(printed().isBlank());
    assertTrue(capital.country() != null);
  }

  @Test
  void async() throws Exception {
    CompletableFuture<Void> printed = client.async().chat().create(request)
        .thenAccept(r -> System.out.println(r.text()));
    StreamSubscription sub = client.async().chat().stream(request,
        chunk -> System.out.print(chunk.deltaText()));
    printed.get(10, TimeUnit.SECONDS);
    sub.completion().get(10, TimeUnit.SECONDS);
    // the answer twice, printed whole and streamed chunk by chunk (the two may interleave)
    assertEquals(2 * "Simulated answer to: Hi".length() + 1, printed().length(), printed());
  }

  @Test
  void rawResponses() {
    RawResponse<ChatResponse> raw = client.chat().withRawResponse().create(request);
    System.out.println(raw.statusCode() + " " + raw.requestId().orElse("-") + " "
        + raw.header("x-ratelimit-remaining-requests").orElse("?"));
    ChatResponse answer = raw.body();
    assertTrue(printed().startsWith("200 "), printed());
    assertEquals("Simulated answer to: Hi", answer.text());
  }

  @Test
  void configuration() {
    XaiClient client = XaiClient.create(o -> o
        .fromEnv()                                      // XAI_API_KEY, XAI_BASE_URL, XAI_LOG
        .maxRetries(3)
        .timeout(Duration.ofMinutes(5))                 // the whole call, every attempt included
        .logLevel(LogLevel.BASIC));
    XaiClient quick = client.withOptions(o -> o.maxRetries(0));   // shares the connection pool
    ChatResponse r = quick.chat().create(request, RequestOptions.builder()
        .timeout(Duration.ofSeconds(20)).header("x-trace", "42").build());
    assertEquals("Simulated answer to: Hi", r.text());
    assertEquals(0, quick.options().retryPolicy().maxRetries());
    client.close();
  }

  @Test
  void listsJobsAndFiles() {
    client.files().upload(FileUpload.of("tides".getBytes(StandardCharsets.UTF_8), "tides.txt"));
    for (ModelFile f : client.files()
        .list(FileListParams.builder().limit(100).order(ListOrder.DESC).build())
        .autoPager()) {
      System.out.println(f.id() + " " + f.filename());
    }
    assertTrue(printed().contains(" tides.txt"), printed());

    DeferredCompletion essay = client.chat().startDeferred(ChatRequest.builder()
        .model("grok-4").addUserMessage("Write a long essay on tides.").build());
    ChatResponse done = essay.await(Duration.ofMinutes(10));    // later: chat().resumeDeferred(id)

    VideoJob video = client.videos().startGeneration(GenerateVideoRequest.builder()
        .model("grok-imagine-video").prompt("Waves rolling onto a beach at sunset").build());
    VideoResponse clip = video.await(Duration.ofMinutes(15),
        status -> System.out.println(status.status() + " " + status.progress().orElse(0) + "%"));
    assertTrue(done.text().contains("tides"), done.text());
    assertEquals("done", clip.status());
    assertTrue(printed().contains("pending"), printed());
  }

  @Test
  void batches() {
    Batch batch = client.batches().create(CreateBatchRequest.builder().name("nightly").build());
    client.batches().addRequests(batch.batchId(), AddBatchRequestsRequest.builder()
        .batchRequests(List.of(
            BatchRequests.chat("q1", ChatRequest.builder().model("grok-4-fast")
                .addUserMessage("What is the capital of France?").build()),
            BatchRequests.imageGeneration("img1", GenerateImageRequest.builder()
                .model("grok-imagine-image").prompt("A lighthouse at dusk").build())))
        .build());

    Batch finished = client.batches().job(batch.batchId()).await(Duration.ofHours(24),
        (b, state) -> System.err.println(state + ", pending: "
            + b.state().map(c -> c.numPending().orElse(0)).orElse(0)));
    for (BatchResult result : client.batches().results(batch.batchId(), PageParams.ofLimit(1000))
        .autoPager()) {
      String id = result.batchRequestId().orElse("?");
      result.chatCompletion().ifPresent(c -> System.out.println(id + ": " + c.text()));
      result.images().ifPresent(i -> System.out.println(id + ": " + i.data().get(0).url().orElse("")));
      result.failure().ifPresent(why -> System.out.println(id + " failed: " + why));
    }
    assertEquals(BatchState.DONE, BatchState.of(finished, java.time.Instant.now()));
    assertTrue(printed().contains("q1: Simulated answer to: What is the capital of France?"), printed());
    assertTrue(printed().contains("img1: http"), printed());
  }

  @Test
  void realtimeConversation() {
    try (ResponsesConversation chat = client.sockets().conversation(
        ModelRequest.builder().model("grok-4").input("").build())) {
      System.out.println(chat.send("Pick a number between 1 and 10.").text());
      for (ResponseEvent event : chat.send("Double it.")) {          // the answer as it streams
        if (event instanceof ResponseEvent.OutputTextDelta delta) {
          System.out.print(delta.delta());
        }
      }
    }
    assertTrue(printed().contains("Pick a number between 1 and 10."), printed());
    assertTrue(printed().contains("Double it."), printed());
  }

  @Test
  void realtimeVoiceAgent() throws Exception {
    ByteBuffer pcm = ByteBuffer.allocate(24_000 * 2 * 8 / 5).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < 24_000; i++) {                             // 1 s of tone, 0.6 s of silence
      pcm.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / 24_000.0)));
    }
    try (AudioFiles.WavWriter question = AudioFiles.wavWriter(Path.of("question.wav"), 24_000)) {
      question.write(pcm.array());
    }
    try {
      try (VoiceSession session = client.sockets().voiceAgent(VoiceAgentOptions.builder()
              .session(VoiceSessionConfig.builder().voice("eve").serverVad().build()).build());
           AudioFiles.WavWriter answer = AudioFiles.wavWriter(Path.of("answer.wav"), 24_000)) {
        session.streamAudio(Path.of("question.wav"), true);          // paced as speech
        for (VoiceEvent event : session) {
          if (event instanceof VoiceEvent.AudioDelta audio) {
            answer.write(audio.audio());
          } else if (event instanceof VoiceEvent.ResponseLifecycle response && response.isDone()) {
            break;
          }
        }
      }
      assertTrue(AudioFiles.read(Path.of("answer.wav")).data().length > 0);
    } finally {
      Files.deleteIfExists(Path.of("question.wav"));
      Files.deleteIfExists(Path.of("answer.wav"));
    }
  }

  @Test
  void realtimeSpeech() throws Exception {
    Files.write(Path.of("call.pcm"), new byte[16_000 * 2]);        // one second
    try {
      try (ChatStream chunks = client.chat().stream(request);
           SpeechStream speech = client.sockets().speech(SpeechStreamOptions.builder("en").build());
           OutputStream mp3 = Files.newOutputStream(Path.of("answer.mp3"))) {
        for (ChatResponseChunk chunk : chunks) {
          speech.sendText(chunk.deltaText());                         // spoken as it is written
        }
        speech.finishUtterance();
        speech.writeUtterance(mp3);
      }

      try (TranscriptionStream stt = client.sockets().transcription(
              TranscriptionStreamOptions.builder().format(AudioFormat.pcm(16_000)).build());
           InputStream audio = Files.newInputStream(Path.of("call.pcm"))) {
        TranscriptionEvent.Done done = stt.transcribe(audio, event -> {
          if (event instanceof TranscriptionEvent.Partial partial) {
            System.out.println("... " + partial.text());
          }
        });
        System.out.println(done.text());
      }
      assertTrue(Files.size(Path.of("answer.mp3")) > 0);
      assertTrue(printed().contains("word1 word2"), printed());
    } finally {
      Files.deleteIfExists(Path.of("call.pcm"));
      Files.deleteIfExists(Path.of("answer.mp3"));
    }
  }

  @Test
  void voice() throws Exception {
    try {
      long bytes = client.voice().speakTo(TextToSpeechRequest.builder()
          .text("Hello from Grok.").language("en").voiceId("eve")
          .outputFormat(SpeechOutputFormat.builder().codec("wav").build())
          .build(), Path.of("hello.wav"));

      Transcription heard = client.voice().transcribe(FileUpload.of(Path.of("hello.wav")),
          TranscriptionOptions.builder().language("en").addKeyterm("Grok").build());
      System.out.println(heard.text() + " (" + heard.duration().orElse(0.0) + " s)");
      assertEquals(Files.size(Path.of("hello.wav")), bytes);
      assertTrue(printed().startsWith("Simulated transcript of hello.wav"), printed());
      assertTrue(printed().strip().endsWith("with Grok (0.96 s)"), printed());
    } finally {
      Files.deleteIfExists(Path.of("hello.wav"));
    }
  }

  @Test
  void management(XaiSimulator sim) throws Exception {
    System.setProperty("xai.managementApiKey", sim.managementApiKey());
    System.setProperty("xai.managementBaseUrl", sim.baseUrl());
    Files.writeString(Path.of("handbook.md"), "Holidays are in August.\n");
    try {
      try (XaiManagementClient management = XaiManagementClient.fromEnv()) {
        CollectionMetadata handbook = management.collections().create(CreateCollectionRequest.builder()
            .collectionName("handbook").build());
        ModelFile file = client.files().upload(FileUpload.of(Path.of("handbook.md")));
        management.collections().addDocument(handbook.collectionId(), file.id());
        management.collections().indexing(handbook.collectionId(), file.id())
            .await(Duration.ofMinutes(10));                    // indexing runs in the background

        SearchResponse hits = client.documents().search(SearchRequest.builder().query("holidays")
            .source(DocumentsSource.builder().collectionIds(List.of(handbook.collectionId())).build())
            .build());
        hits.matches().forEach(m -> System.out.println(m.chunkContent()));
      }
      assertEquals("Holidays are in August.", printed().strip());
    } finally {
      Files.deleteIfExists(Path.of("handbook.md"));
      System.clearProperty("xai.managementApiKey");
      System.clearProperty("xai.managementBaseUrl");
    }
  }

  @Test
  void statelessConversation() {
    ModelRequest first = ModelRequest.builder().model("grok-4")
        .input("Pick a number between 1 and 10.").build().stateless();
    ModelResponse picked = client.responses().create(first);
    ModelResponse doubled = client.responses().create(first.nextTurn(picked, "Double it."));
    System.out.println(doubled.outputText());
    assertEquals(Boolean.FALSE, first.store().orElseThrow());
    assertEquals(List.of("reasoning.encrypted_content"), first.include());
    assertTrue(printed().contains("Double it."), printed());
  }

  @Test
  void images() throws Exception {
    try {
      GeneratedImageResponse drawn = client.images().generate(GenerateImageRequest.builder()
          .model("grok-imagine-image").prompt("A lighthouse at dusk")
          .responseFormat(ImageResponseFormat.B64_JSON).build());
      Files.write(Path.of("lighthouse.png"), GeneratedImages.singleBytes(drawn));
      byte[] png = Files.readAllBytes(Path.of("lighthouse.png"));
      assertEquals((byte) 0x89, png[0]);
      assertEquals('P', png[1]);
    } finally {
      Files.deleteIfExists(Path.of("lighthouse.png"));
    }
  }
}
