package io.github.xaijava.wire;

import static io.github.xaijava.wire.Json.assertRoundTrip;
import static io.github.xaijava.wire.Json.read;
import static io.github.xaijava.wire.Json.tree;
import static io.github.xaijava.wire.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.Content;
import io.github.xaijava.generated.model.EmbeddingInput;
import io.github.xaijava.generated.model.EmbeddingRequest;
import io.github.xaijava.generated.model.FunctionToolCall;
import io.github.xaijava.generated.model.ListInputItemsResponse;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ModelOutput;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.ModelTool;
import io.github.xaijava.generated.model.OutputMessage;
import io.github.xaijava.generated.model.PublicUrlInput;
import io.github.xaijava.generated.model.Reasoning;
import io.github.xaijava.generated.model.SearchSource;
import io.github.xaijava.generated.model.ToolChoice;
import io.github.xaijava.generated.model.WebSearchCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every union reads each of its JSON forms and writes it back unchanged. */
class UnionRoundTripTest {

  @Test
  void chatConversationWithImagePartsToolCallsAndToolResults() {
    String json = """
        {"model":"grok-4","messages":[
          {"role":"system","content":"You are terse."},
          {"role":"user","content":[
            {"type":"text","text":"What is in this picture?"},
            {"type":"image_url","image_url":{"url":"https://example.com/cat.png"}}]},
          {"role":"assistant","content":null,"tool_calls":[
            {"id":"call_1","type":"function","function":{"name":"lookup","arguments":"{\\"q\\":\\"cat\\"}"}}]},
          {"role":"tool","tool_call_id":"call_1","content":"a cat"},
          {"role":"assistant","content":"A cat.","reasoning_content":"Looked it up."}],
         "tools":[{"type":"function","function":{"name":"lookup","description":"Look up",
           "parameters":{"type":"object","properties":{"q":{"type":"string","maxLength":64}},"required":["q"]}}}],
         "tool_choice":"auto"}
        """;
    ChatRequest request = read(json, ChatRequest.class);
    List<Message> messages = request.getMessages();

    assertEquals("You are terse.",
        messages.get(0).asSystemMessage().getContent().asString());
    Content parts = messages.get(1).asUserMessage().getContent();
    assertEquals("image_url", parts.asListContentPart().get(1).getType());
    assertEquals("https://example.com/cat.png",
        parts.asListContentPart().get(1).getImageUrl().getUrl());
    assertEquals("lookup",
        messages.get(2).asAssistantMessage().getToolCalls().get(0).getFunction().getName());
    assertEquals("call_1", messages.get(3).asToolMessage().getToolCallId());
    assertTrue(messages.get(4).isAssistantMessage());
    assertTrue(request.getToolChoice().isString());

    // "content": null is dropped on the way out; everything else comes back as it was.
    assertEquals(tree(json.replace("\"content\":null,", "")), tree(write(request)));
  }

  @Test
  void toolChoiceAsStringAndAsObject() {
    assertEquals("required", assertRoundTrip("\"required\"", ToolChoice.class).asString());
    ToolChoice named = assertRoundTrip(
        "{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}", ToolChoice.class);
    assertEquals("get_weather", named.asFunctionToolChoice().getFunction().getName());
  }

  @Test
  void responseFormatForms() {
    assertRoundTrip("{\"model\":\"m\",\"response_format\":{\"type\":\"text\"}}", ChatRequest.class);
    assertRoundTrip("{\"model\":\"m\",\"response_format\":{\"type\":\"json_object\"}}",
        ChatRequest.class);
    ChatRequest schema = assertRoundTrip("""
        {"model":"m","response_format":{"type":"json_schema","json_schema":{"name":"answer",
          "schema":{"type":"object","properties":{"n":{"type":"integer","minimum":0}}},"strict":true}}}
        """, ChatRequest.class);
    assertTrue(schema.getResponseFormat().isJsonSchemaResponseFormat());
  }

  @Test
  void searchSourcesByType() {
    ChatRequest request = assertRoundTrip("""
        {"model":"grok-3","search_parameters":{"mode":"auto","sources":[
          {"type":"web","country":"CH","safe_search":false},
          {"type":"x","included_x_handles":["xai"],"post_favorite_count":10},
          {"type":"news","excluded_websites":["example.com"]},
          {"type":"rss","links":["https://example.com/feed.xml"]}]}}
        """, ChatRequest.class);
    List<SearchSource> sources = request.getSearchParameters().getSources();
    assertTrue(sources.get(0).isWebSource());
    assertTrue(sources.get(1).isXSearchSource());
    assertTrue(sources.get(2).isNewsSource());
    assertTrue(sources.get(3).isRssSource());
  }

  @Test
  void responsesToolsByType() {
    ModelRequest request = assertRoundTrip("""
        {"model":"grok-4","input":"Find it","tools":[
          {"type":"function","name":"lookup","parameters":{"type":"object"}},
          {"type":"web_search","allowed_domains":["x.ai"]},
          {"type":"x_search","allowed_x_handles":["xai"]},
          {"type":"code_interpreter"},
          {"type":"file_search","vector_store_ids":["collection_1"],"max_num_results":5},
          {"type":"mcp","server_label":"docs","server_url":"https://mcp.example.com"}],
         "tool_choice":{"type":"function","name":"lookup"}}
        """, ModelRequest.class);
    List<ModelTool> tools = request.getTools();
    assertTrue(tools.get(0).isFunctionTool());
    assertTrue(tools.get(1).isWebSearchTool());
    assertTrue(tools.get(2).isXSearchTool());
    assertTrue(tools.get(3).isCodeInterpreterTool());
    assertTrue(tools.get(4).isFileSearchTool());
    assertTrue(tools.get(5).isMcpTool());
    assertTrue(request.getToolChoice().isNamedToolChoice());
  }

  @Test
  void responsesInputItemsOfEveryKind() {
    ModelRequest request = assertRoundTrip("""
        {"model":"grok-4","input":[
          {"role":"user","content":"Weather in Bern?"},
          {"role":"user","content":[{"type":"input_text","text":"and this"},
                                    {"type":"input_image","image_url":"https://example.com/a.png"}]},
          {"type":"function_call","id":"fc_1","call_id":"call_1","name":"weather","arguments":"{}","status":"completed"},
          {"type":"function_call_output","call_id":"call_1","output":"12 C"}]}
        """, ModelRequest.class);
    List<ModelInputPart> input = request.getInput().asListModelInputPart();
    assertTrue(input.get(0).isInputMessage());
    assertTrue(input.get(1).asInputMessage().getContent().isListModelInputContentItem());
    assertTrue(input.get(2).asModelOutput().isFunctionToolCall());
    assertTrue(input.get(3).isFunctionToolCallOutput());
  }

  @Test
  void responseWithReasoningWebSearchFunctionCallAndMessage() {
    ModelResponse response = assertRoundTrip("""
        {"id":"resp_1","object":"response","created_at":1760000000,"model":"grok-4","status":"completed",
         "output":[
          {"type":"reasoning","id":"rs_1","status":"completed",
           "summary":[{"type":"summary_text","text":"Searching first."}]},
          {"type":"web_search_call","id":"ws_1","status":"completed",
           "action":{"type":"search","query":"xai news","sources":[{"type":"url","url":"https://x.ai/news"}]}},
          {"type":"function_call","id":"fc_1","call_id":"call_9","name":"notify","arguments":"{\\"to\\":\\"me\\"}","status":"completed"},
          {"type":"message","id":"msg_1","role":"assistant","status":"completed",
           "content":[{"type":"output_text","text":"Done.","annotations":[
             {"type":"url_citation","url":"https://x.ai/news","start_index":0,"end_index":5}]}]}],
         "usage":{"input_tokens":10,"output_tokens":5,"total_tokens":15,"cost_in_usd_ticks":1200}}
        """.replace("\"object\":\"response\",", ""), ModelResponse.class);
    List<ModelOutput> output = response.getOutput();
    Reasoning reasoning = output.get(0).asReasoning();
    assertEquals("Searching first.", reasoning.getSummary().get(0).getText());
    WebSearchCall search = output.get(1).asWebSearchCall();
    assertEquals("xai news", search.getAction().asWebSearchSearchAction().getQuery());
    FunctionToolCall call = output.get(2).asFunctionToolCall();
    assertEquals("call_9", call.getCallId());
    OutputMessage message = output.get(3).asOutputMessage();
    assertEquals("Done.", message.getContent().get(0).asOutputText().getText());
  }

  @Test
  void storedInputItemsReadAsTheirOwnForms() {
    ListInputItemsResponse page = assertRoundTrip("""
        {"object":"list","first_id":"msg_1","last_id":"fco_1","has_more":false,"data":[
          {"id":"msg_1","type":"message","role":"user","content":[{"type":"input_text","text":"Hi"}]},
          {"id":"fc_1","type":"function_call","call_id":"c1","name":"f","arguments":"{}","status":"completed"},
          {"id":"fco_1","type":"function_call_output","call_id":"c1","output":"42"}]}
        """, ListInputItemsResponse.class);
    List<ModelInputPart> items = page.getData();
    assertEquals("Hi", items.get(0).asInputMessage().getContent().asListModelInputContentItem()
        .get(0).asInputText().getText());
    assertEquals("fc_1", items.get(1).asModelOutput().asFunctionToolCall().getId());
    assertEquals("42", items.get(2).asFunctionToolCallOutput().getOutput().asString());
  }

  @Test
  void embeddingInputGoesOverTheWireUntagged() {
    assertEquals("query: hi", assertRoundTrip("{\"input\":\"query: hi\"}", EmbeddingRequest.class)
        .getInput().asEmbeddingInputText().getString());
    assertEquals(List.of("a", "b"), assertRoundTrip("{\"input\":[\"a\",\"b\"]}",
        EmbeddingRequest.class).getInput().asEmbeddingInputTexts().getStringArray());
    assertEquals(List.of(1, 2, 3), assertRoundTrip("{\"input\":[1,2,3]}", EmbeddingRequest.class)
        .getInput().asEmbeddingInputTokens().getInts());
    assertEquals(List.of(List.of(1, 2), List.of(3)), assertRoundTrip("{\"input\":[[1,2],[3]]}",
        EmbeddingRequest.class).getInput().asEmbeddingInputTokenArrays().getIntsArray());
    assertTrue(read("\"x\"", EmbeddingInput.class).isEmbeddingInputText());
  }

  @Test
  void publicUrlInputAsBooleanOrObject() {
    assertEquals(Boolean.TRUE, assertRoundTrip("true", PublicUrlInput.class).asBoolean());
    assertEquals(3600L, assertRoundTrip("{\"expires_after\":3600}", PublicUrlInput.class)
        .asPublicUrlOptions().getExpiresAfter());
  }

  @Test
  void nullableReferencesReadNullAndAbsentAlike() {
    ChatRequest request = read("{\"model\":\"m\",\"response_format\":null}", ChatRequest.class);
    assertNull(request.getResponseFormat());
    assertEquals("{\"model\":\"m\"}", write(request));
  }

  @Test
  void askingForTheWrongFormFailsClearly() {
    Content text = Content.ofString("hi");
    IllegalStateException e = assertThrows(IllegalStateException.class, text::asListContentPart);
    assertEquals("Content does not hold List<ContentPart>: it holds String", e.getMessage());
    assertInstanceOf(String.class, text.value());
  }
}
