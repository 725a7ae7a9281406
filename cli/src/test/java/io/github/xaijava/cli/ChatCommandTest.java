package io.github.xaijava.cli;

import static io.github.xaijava.cli.CliRunner.run;
import static io.github.xaijava.cli.CliRunner.runWithStdin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.cli.CliRunner.Result;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatCommandTest {

  // A key of its own, so that "the key never appears" checks a secret no other text contains.
  @RegisterExtension
  static XaiSimulatorExtension sim =
      new XaiSimulatorExtension(XaiSimulator.builder().apiKey("xai-chat-test-secret-4711"));

  @Test
  void chatPrintsTheAnswerOnStdoutAndNothingElse() {
    Result r = run(sim, "chat", "Hello");

    assertEquals(0, r.exit(), r::toString);
    assertEquals("Simulated answer to: Hello\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void chatSendsModelSystemMessageAndJoinedPromptWords() {
    Result r = run(sim, "chat", "--model", "grok-3", "--system", "Be brief.", "Hello", "there");

    assertEquals(0, r.exit(), r::toString);
    assertEquals("Simulated answer to: Hello there\n", r.out());
    JsonObject body = body(sim.takeRequest());
    assertEquals("grok-3", body.get("model").getAsString());
    assertEquals("system", body.getAsJsonArray("messages").get(0).getAsJsonObject()
        .get("role").getAsString());
    assertEquals("Be brief.", body.getAsJsonArray("messages").get(0).getAsJsonObject()
        .get("content").getAsString());
  }

  @Test
  void streamedChatPrintsExactlyThePlainAnswer() {
    Result plain = run(sim, "chat", "Tell me a story");
    Result streamed = run(sim, "chat", "--stream", "Tell me a story");

    assertEquals(0, streamed.exit(), streamed::toString);
    assertEquals(plain.out(), streamed.out());
    assertEquals("", streamed.err());
    sim.takeRequest();
    assertTrue(body(sim.takeRequest()).get("stream").getAsBoolean());
  }

  @Test
  void reasoningGoesToStderrOnlyWhenAsked() {
    Result hidden = run(sim, "chat", "--model", "grok-3-mini", "Why?");
    Result shown = run(sim, "chat", "--model", "grok-3-mini", "--show-reasoning", "Why?");
    Result streamed = run(sim, "chat", "--model", "grok-3-mini", "--show-reasoning", "--stream",
        "Why?");

    assertEquals("", hidden.err());
    assertEquals(hidden.out(), shown.out());
    assertEquals(hidden.out(), streamed.out());
    assertFalse(shown.err().isBlank(), shown::toString);
    assertFalse(shown.out().contains(shown.err().strip()), "reasoning leaked into the answer");
    assertEquals(shown.err(), streamed.err());
  }

  @Test
  void deferredChatWaitsForTheAnswerQuietlyWhenNotATerminal() {
    Result r = run(sim, "chat", "--deferred", "Take your time");

    assertEquals(0, r.exit(), r::toString);
    assertEquals("Simulated answer to: Take your time\n", r.out());
    assertEquals("", r.err());
    assertTrue(body(sim.takeRequest()).get("deferred").getAsBoolean());
  }

  @Test
  void deferredChatShowsProgressOnATerminal() {
    Result r = run(CliRunner.envFor(sim), true, "chat", "--deferred", "Take your time");

    assertEquals(0, r.exit(), r::toString);
    assertEquals("Simulated answer to: Take your time\n", r.out());
    assertTrue(r.err().startsWith("\rwaiting for deferred completion "), r::toString);
    // The line is erased at the end: the last thing on stderr is a carriage return.
    assertTrue(r.err().endsWith("\r"), r::toString);
  }

  @Test
  void streamAndDeferredTogetherAreAUsageError() {
    Result r = run(sim, "chat", "--stream", "--deferred", "Hi");

    assertEquals(2, r.exit(), r::toString);
    assertEquals("error: --stream and --deferred do not go together", r.errLines().get(0));
    assertEquals(0, sim.requests().size());
  }

  @Test
  void anErrorInsideTheStreamExitsWithOneAndOneErrorLine() {
    sim.faults().next(1).errorFrameAfter(2);

    Result r = run(sim, "chat", "--stream", "Hello");

    assertEquals(1, r.exit(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.err().startsWith("error: Error in stream"), r::toString);
  }

  @Test
  void aChatStreamCutShortExitsWithOne() {
    sim.faults().next(1).cutStreamAfter(2);

    Result r = run(sim, "chat", "--stream", "Hello");

    assertEquals(1, r.exit(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.err().startsWith("error: "), r::toString);
  }

  @Test
  void aResponseStreamCutShortExitsWithOne() {
    sim.faults().next(1).cutStreamAfter(3);

    Result r = run(sim, "responses", "--stream", "Hello");

    assertEquals(1, r.exit(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.err().startsWith("error: "), r::toString);
  }

  @Test
  void responsesPrintsTheAnswerPlainAndStreamedAlike() {
    Result plain = run(sim, "responses", "Hello");
    Result streamed = run(sim, "responses", "--stream", "Hello");

    assertEquals(0, plain.exit(), plain::toString);
    assertEquals("Simulated answer to: Hello\n", plain.out());
    assertEquals("", plain.err());
    assertEquals(0, streamed.exit(), streamed::toString);
    assertEquals(plain.out(), streamed.out());
    assertEquals("", streamed.err());
    assertEquals("/v1/responses", sim.takeRequest().path());
  }

  // --- The prompt from standard input ---

  @Test
  void chatReadsThePromptFromPipedStdinWhenNoneIsGiven() {
    // echo "Hi" | xai chat
    Result r = runWithStdin(sim, "Hi\n", "chat");

    assertEquals(0, r.exit(), r::toString);
    assertEquals("Simulated answer to: Hi\n", r.out());
    assertEquals("", r.err());
    assertEquals("Hi", lastUserMessage(body(sim.takeRequest())));
  }

  @Test
  void aPipedPromptKeepsItsLinesAndLosesOnlyTheSurroundingWhitespace() {
    Result r = runWithStdin(sim, "\nSummarize:\n  line one\nline two\n\n", "chat", "--stream");

    assertEquals(0, r.exit(), r::toString);
    assertEquals("Summarize:\n  line one\nline two", lastUserMessage(body(sim.takeRequest())));
  }

  @Test
  void aDashReadsStdinEvenFromATerminal() {
    // xai chat -   (typed, ended with Ctrl-D)
    Result r = CliRunner.run(CliRunner.envFor(sim), false, stdin("Hello there\n"), true,
        "chat", "--system", "Be brief.", "-");

    assertEquals(0, r.exit(), r::toString);
    assertEquals("Simulated answer to: Hello there\n", r.out());
    assertEquals("Hello there", lastUserMessage(body(sim.takeRequest())));
  }

  @Test
  void aPromptArgumentWinsAndStdinIsLeftAlone() {
    AtomicBoolean read = new AtomicBoolean();
    Result r = CliRunner.run(CliRunner.envFor(sim), false, watched(read), false, "chat", "Hi");

    assertEquals(0, r.exit(), r::toString);
    assertEquals("Simulated answer to: Hi\n", r.out());
    assertFalse(read.get(), "stdin was read");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "  \n\t\n"})
  void anEmptyStdinIsAUsageErrorInOneLine(String stdin) {
    for (List<String> args : List.of(List.of("chat"), List.of("chat", "-"),
        List.of("responses"), List.of("responses", "--stream", "-"))) {
      Result r = runWithStdin(sim, stdin, args.toArray(String[]::new));

      assertEquals(2, r.exit(), r::toString);
      assertEquals("", r.out());
      // Like every usage error: the one error line, then where to find help.
      assertEquals(List.of("error: no prompt: standard input is empty",
          "try 'xai " + args.get(0) + " --help'"), r.errLines());
    }
    assertEquals(0, sim.requests().size());
  }

  @Test
  void noPromptWithStdinATerminalIsAUsageErrorAtOnceNotAWait() {
    for (String command : new String[] {"chat", "responses"}) {
      AtomicBoolean read = new AtomicBoolean();
      Result r = CliRunner.run(CliRunner.envFor(sim), false, watched(read), true, command);

      assertEquals(2, r.exit(), r::toString);
      assertEquals("", r.out());
      assertTrue(r.errLines().get(0).startsWith("error: a prompt is required: give it as an "
          + "argument, pipe it in, or give - "), r::toString);
      assertFalse(read.get(), "stdin was read: on a terminal that waits for typing");
    }
    assertEquals(0, sim.requests().size());
  }

  @Test
  void responsesReadsThePromptFromStdinPlainAndStreamed() {
    Result plain = runWithStdin(sim, "Hello\n", "responses");
    Result streamed = runWithStdin(sim, "Hello\n", "responses", "--stream", "-");

    assertEquals(0, plain.exit(), plain::toString);
    assertEquals("Simulated answer to: Hello\n", plain.out());
    assertEquals(0, streamed.exit(), streamed::toString);
    assertEquals(plain.out(), streamed.out());
    assertEquals("Hello", body(sim.takeRequest()).get("input").getAsString());
  }

  @Test
  void helpSaysThePromptMayComeFromStdin() {
    for (String command : new String[] {"chat", "responses"}) {
      Result r = run(sim, command, "--help");

      assertTrue(r.out().contains("[PROMPT...]"), r::toString);
      assertTrue(r.out().replaceAll("\\s+", " ").contains("it is read from standard input"),
          r::toString);
    }
  }

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** An empty stdin that notes whether anyone read it. */
  private static InputStream watched(AtomicBoolean read) {
    return new InputStream() {
      @Override
      public int read() {
        read.set(true);
        return -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        read.set(true);
        return -1;
      }
    };
  }

  private static String lastUserMessage(JsonObject body) {
    var messages = body.getAsJsonArray("messages");
    JsonObject last = messages.get(messages.size() - 1).getAsJsonObject();
    assertEquals("user", last.get("role").getAsString());
    return last.get("content").getAsString();
  }

  private static JsonObject body(RecordedRequest request) {
    return JsonParser.parseString(request.bodyText()).getAsJsonObject();
  }
}
