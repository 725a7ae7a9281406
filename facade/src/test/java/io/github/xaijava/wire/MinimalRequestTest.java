package io.github.xaijava.wire;

import static io.github.xaijava.wire.Json.tree;
import static io.github.xaijava.wire.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.Content;
import io.github.xaijava.generated.model.EmbeddingInput;
import io.github.xaijava.generated.model.EmbeddingInputText;
import io.github.xaijava.generated.model.EmbeddingRequest;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.ModelInput;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.UserMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only what the caller set goes over the wire: no spec defaults, no nulls. */
class MinimalRequestTest {

  @Test
  void chatRequestWithModelAndOneUserMessageIsExactlyThat() {
    ChatRequest request = new ChatRequest()
        .model("grok-4")
        .messages(List.of(Message.ofUserMessage(new UserMessage().content(Content.ofString("Hi")))));

    assertEquals("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"model\":\"grok-4\"}",
        write(request));
  }

  @Test
  void chatRequestWithOnlyAModelSendsNothingElse() {
    assertEquals("{\"model\":\"grok-4-fast-reasoning\"}",
        write(new ChatRequest().model("grok-4-fast-reasoning")));
  }

  @Test
  void explicitlySetValuesAreSentEvenWhenTheyEqualTheDocumentsDefaults() {
    ChatRequest request = new ChatRequest().model("grok-3").temperature(1.0f).n(1).stream(false);
    assertEquals(tree("{\"model\":\"grok-3\",\"temperature\":1.0,\"n\":1,\"stream\":false}"),
        tree(write(request)));
  }

  @Test
  void responsesRequestWithStringInput() {
    ModelRequest request = new ModelRequest().model("grok-4").input(ModelInput.ofString("Hello"));
    assertEquals("{\"input\":\"Hello\",\"model\":\"grok-4\"}", write(request));
  }

  @Test
  void embeddingRequestSendsTheInputUntagged() {
    EmbeddingRequest request = new EmbeddingRequest()
        .model("v1")
        .input(EmbeddingInput.ofEmbeddingInputText(new EmbeddingInputText().string("query: hi")));
    assertEquals("{\"input\":\"query: hi\",\"model\":\"v1\"}", write(request));
  }
}
