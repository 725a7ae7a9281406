package io.github.xaijava.springai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.xaijava.generated.model.SearchParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.test.options.AbstractChatOptionsTests;

/**
 * Spring AI's own checks of options classes (new instances per build, mutate), plus merging as
 * ChatClient does it: the model's defaults mutated, the request's builder combined in.
 */
class XaiChatOptionsTest extends AbstractChatOptionsTests<XaiChatOptions, XaiChatOptions.Builder> {

  @Override
  protected Class<XaiChatOptions> getConcreteOptionsClass() {
    return XaiChatOptions.class;
  }

  @Override
  protected XaiChatOptions.Builder readyToBuildBuilder() {
    return XaiChatOptions.builder().model("grok-3-mini").temperature(0.3).maxTokens(100)
        .stopSequences(List.of("END")).toolContext("tenant", "t1").outputSchema("{}")
        .reasoningEffort("high").parallelToolCalls(false).user("u").seed(3)
        .searchParameters(SearchParameters.builder().mode("auto").build());
  }

  @Test
  void mutateKeepsEveryValue() {
    XaiChatOptions options = readyToBuildBuilder().build();
    XaiChatOptions copy = options.mutate().build();
    assertEquals(options, copy);
    assertEquals(options.hashCode(), copy.hashCode());
    assertNotSame(options, copy);
    assertNotEquals(options, options.mutate().seed(4).build());
    assertEquals(Optional.of("high"), copy.getReasoningEffort());
    assertEquals(Optional.of("auto"), copy.getSearchParameters().flatMap(SearchParameters::mode));
    assertEquals(Map.of("tenant", "t1"), copy.getToolContext());
  }

  @Test
  void combiningKeepsDefaultsTheRequestLeavesUnsetAndAddsUpLists() {
    XaiChatOptions defaults = XaiChatOptions.builder().model("grok-3-mini").temperature(0.5)
        .reasoningEffort("low").user("u").stopSequences(List.of("END")).build();
    XaiChatOptions merged = defaults.mutate()
        .combineWith(XaiChatOptions.builder().temperature(0.1).seed(9)
            .stopSequences(List.of("STOP")))
        .build();
    assertEquals("grok-3-mini", merged.getModel());
    assertEquals(0.1, merged.getTemperature());
    assertEquals(Optional.of("low"), merged.getReasoningEffort());
    assertEquals(Optional.of("u"), merged.getUser());
    assertEquals(Optional.of(9), merged.getSeed());
    assertEquals(List.of("END", "STOP"), merged.getStopSequences());
    assertEquals(Optional.of("low"), defaults.getReasoningEffort(), "the defaults unchanged");
    assertEquals(0.5, defaults.getTemperature());
  }

  @Test
  void portableBuildersCombineIntoXaiOptions() {
    XaiChatOptions merged = XaiChatOptions.builder().model("grok-4").reasoningEffort("low")
        .combineWith(ChatOptions.builder().maxTokens(42).model("grok-3-mini"))
        .build();
    assertEquals("grok-3-mini", merged.getModel());
    assertEquals(42, merged.getMaxTokens());
    assertEquals(Optional.of("low"), merged.getReasoningEffort());
    assertNull(merged.getTopK());
    assertEquals(Optional.empty(), merged.getSeed());
  }
}
