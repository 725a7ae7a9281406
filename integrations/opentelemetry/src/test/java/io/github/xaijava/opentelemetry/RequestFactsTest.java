package io.github.xaijava.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.Attributes;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/** Reading a request body: tolerant of odd values, and only what it can read cheaply. */
class RequestFactsTest {

  private static final MediaType JSON = MediaType.get("application/json");

  private static RequestFacts read(Operation op, String json, boolean capture) {
    return RequestFacts.read(op, RequestBody.create(json, JSON), capture);
  }

  @Test
  void aStopStringIsOneSequenceAndOneChoiceIsNotCounted() {
    Attributes a = read(Operation.CHAT_COMPLETIONS,
        "{\"model\":\"grok-4\",\"stop\":\"END\",\"n\":1,\"max_completion_tokens\":9}", false)
        .attributes();

    assertEquals(List.of("END"), a.get(GenAi.REQUEST_STOP_SEQUENCES));
    assertNull(a.get(GenAi.REQUEST_CHOICE_COUNT));
    assertEquals(9L, a.get(GenAi.REQUEST_MAX_TOKENS));
  }

  @Test
  void valuesOfUnexpectedTypesAreLeftOut() {
    RequestFacts facts = read(Operation.CHAT_COMPLETIONS, "{\"model\":42,\"temperature\":\"hot\","
        + "\"seed\":1.5,\"stream\":\"yes\",\"max_tokens\":null,\"messages\":[]}", false);

    assertFalse(facts.model().isPresent());
    assertFalse(facts.stream());
    assertEquals(Attributes.empty(), facts.attributes());
  }

  @Test
  void theResponsesApisParametersAreNested() {
    RequestFacts facts = read(Operation.RESPONSES, "{\"model\":\"grok-4\",\"stream\":true,"
        + "\"reasoning\":{\"effort\":\"low\"},\"text\":{\"format\":{\"type\":\"json_schema\"}},"
        + "\"max_output_tokens\":50}", false);

    assertTrue(facts.stream());
    assertEquals("low", facts.attributes().get(GenAi.REQUEST_REASONING_LEVEL));
    assertEquals("json", facts.attributes().get(GenAi.OUTPUT_TYPE));
    assertEquals(50L, facts.attributes().get(GenAi.REQUEST_MAX_TOKENS));
  }

  @Test
  void embeddingsParametersAndNoContentEvenWhenCapturing() {
    RequestFacts facts = read(Operation.EMBEDDINGS, "{\"model\":\"grok-embed-1\",\"input\":"
        + "[\"secret text\"],\"encoding_format\":\"base64\",\"dimensions\":256}", true);

    assertEquals(List.of("base64"), facts.attributes().get(GenAi.REQUEST_ENCODING_FORMATS));
    assertEquals(256L, facts.attributes().get(GenAi.EMBEDDINGS_DIMENSION_COUNT));
    assertFalse(facts.inputMessages().isPresent());
  }

  @Test
  void toolCallsAndResultsAreCapturedAsTheirParts() {
    RequestFacts facts = read(Operation.CHAT_COMPLETIONS, "{\"model\":\"grok-4\",\"messages\":["
        + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\","
        + "\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
        + "\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}]},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"rainy\"},"
        + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"and?\"},"
        + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,AAAA\"}}]}]}",
        true);

    assertEquals("[{\"role\":\"assistant\",\"parts\":[{\"type\":\"tool_call\",\"id\":\"call_1\","
        + "\"name\":\"get_weather\",\"arguments\":{\"city\":\"Paris\"}}]},"
        + "{\"role\":\"tool\",\"parts\":[{\"type\":\"tool_call_response\",\"id\":\"call_1\","
        + "\"response\":\"rainy\"}]},"
        + "{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"and?\"},"
        + "{\"type\":\"blob\",\"modality\":\"image\",\"mime_type\":\"image/png\","
        + "\"content\":\"AAAA\"}]}]", facts.inputMessages().orElseThrow());
  }

  @Test
  void aBodyThatIsNotJsonIsNotRead() {
    RequestBody form = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("model", "grok-imagine-image").build();

    RequestFacts facts = RequestFacts.read(Operation.IMAGE_EDITS, form, true);

    assertFalse(facts.model().isPresent());
    assertEquals(Attributes.empty(), facts.attributes());
  }
}
