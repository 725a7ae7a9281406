package io.github.xaijava.wire;

import static io.github.xaijava.testsupport.Json.tree;
import static io.github.xaijava.testsupport.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.EmbeddingRequest;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.UserMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only what the caller set goes over the wire: no spec defaults, no nulls. */
class MinimalRequestTest {

  @Test
  void chatRequestWithModelAndOneUserMessageIsExactlyThat() {
    ChatRequest request = ChatRequest.builder().model("grok-4").addUserMessage("Hi").build();
    assertEquals("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"model\":\"grok-4\"}",
        write(request));
  }

  @Test
  void theLongFormSendsTheSame() {
    ChatRequest request = ChatRequest.builder()
        .model("grok-4")
        .messages(List.of(UserMessage.builder().content("Hi").build()))
        .build();
    assertEquals("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"model\":\"grok-4\"}",
        write(request));
  }

  @Test
  void chatRequestWithOnlyAModelSendsNothingElse() {
    assertEquals("{\"model\":\"grok-4-fast-reasoning\"}",
        write(ChatRequest.builder().model("grok-4-fast-reasoning").build()));
  }

  @Test
  void explicitlySetValuesAreSentEvenWhenTheyEqualTheDocumentsDefaults() {
    ChatRequest request = ChatRequest.builder().model("grok-3").temperature(1).n(1).stream(false)
        .build();
    assertEquals(tree("{\"model\":\"grok-3\",\"temperature\":1.0,\"n\":1,\"stream\":false}"),
        tree(write(request)));
  }

  @Test
  void numbersAreDoubles() {
    assertEquals(tree("{\"model\":\"m\",\"temperature\":0.7,\"top_p\":0.9}"),
        tree(write(ChatRequest.builder().model("m").temperature(0.7).topP(0.9).build())));
  }

  @Test
  void responsesRequestWithStringInput() {
    ModelRequest request = ModelRequest.builder().model("grok-4").input("Hello").build();
    assertEquals("{\"input\":\"Hello\",\"model\":\"grok-4\"}", write(request));
  }

  @Test
  void embeddingRequestSendsTheInputUntagged() {
    assertEquals("{\"input\":\"query: hi\",\"model\":\"v1\"}",
        write(EmbeddingRequest.builder().model("v1").input("query: hi").build()));
    assertEquals("{\"input\":[\"a\",\"b\"],\"model\":\"v1\"}",
        write(EmbeddingRequest.builder().model("v1").input(List.of("a", "b")).build()));
  }
}
