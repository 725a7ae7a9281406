package io.github.xaijava.cli;

import static io.github.xaijava.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.cli.CliRunner.Result;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

  private static JsonObject body(RecordedRequest request) {
    return JsonParser.parseString(request.bodyText()).getAsJsonObject();
  }
}
