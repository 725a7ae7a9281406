package io.github.xaijava.wire;

import static io.github.xaijava.testsupport.Json.assertRoundTrip;
import static io.github.xaijava.testsupport.Json.read;
import static io.github.xaijava.testsupport.Json.tree;
import static io.github.xaijava.testsupport.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.generated.model.AssistantMessage;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.Content;
import io.github.xaijava.generated.model.EmbeddingInput;
import io.github.xaijava.generated.model.EmbeddingRequest;
import io.github.xaijava.generated.model.FunctionTool;
import io.github.xaijava.generated.model.FunctionToolCall;
import io.github.xaijava.generated.model.FunctionToolCallOutput;
import io.github.xaijava.generated.model.InputMessage;
import io.github.xaijava.generated.model.InputText;
import io.github.xaijava.generated.model.JsonSchemaResponseFormat;
import io.github.xaijava.generated.model.ListInputItemsResponse;
import io.github.xaijava.generated.model.Message;
import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ModelOutput;
import io.github.xaijava.generated.model.ModelRequest;
import io.github.xaijava.generated.model.ModelResponse;
import io.github.xaijava.generated.model.ModelTool;
import io.github.xaijava.generated.model.NamedToolChoice;
import io.github.xaijava.generated.model.NewsSource;
import io.github.xaijava.generated.model.OutputMessage;
import io.github.xaijava.generated.model.OutputText;
import io.github.xaijava.generated.model.PublicUrlInput;
import io.github.xaijava.generated.model.Reasoning;
import io.github.xaijava.generated.model.RssSource;
import io.github.xaijava.generated.model.SearchSource;
import io.github.xaijava.generated.model.SystemMessage;
import io.github.xaijava.generated.model.ToolChoice;
import io.github.xaijava.generated.model.ToolMessage;
import io.github.xaijava.generated.model.UserMessage;
import io.github.xaijava.generated.model.WebSearchCall;
import io.github.xaijava.generated.model.WebSearchSearchAction;
import io.github.xaijava.generated.model.WebSearchTool;
import io.github.xaijava.generated.model.WebSource;
import io.github.xaijava.generated.model.XSearchSource;
import io.github.xaijava.generated.model.XSearchTool;
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
    List<Message> messages = request.messages();

    SystemMessage system = assertInstanceOf(SystemMessage.class, messages.get(0));
    assertEquals("You are terse.", system.content().text().orElseThrow());
    Content parts = assertInstanceOf(UserMessage.class, messages.get(1)).content();
    assertEquals("image_url", parts.parts().orElseThrow().get(1).type());
    assertEquals("https://example.com/cat.png",
        parts.parts().orElseThrow().get(1).imageUrl().orElseThrow().url().orElseThrow());
    AssistantMessage calling = assertInstanceOf(AssistantMessage.class, messages.get(2));
    assertEquals("lookup", calling.toolCalls().get(0).function().name());
    assertEquals("call_1", assertInstanceOf(ToolMessage.class, messages.get(3)).toolCallId()
        .orElseThrow());
    assertEquals("assistant", messages.get(4).role());
    assertEquals("auto", request.toolChoice().orElseThrow().mode().orElseThrow());

    // "content": null is dropped on the way out; everything else comes back as it was.
    assertEquals(tree(json.replace("\"content\":null,", "")), tree(write(request)));
  }

  @Test
  void exhaustiveSwitchOverTheFormsOfAUnion() {
    List<Message> messages = io.github.xaijava.XaiJson.gson().fromJson(
        "[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"assistant\",\"content\":\"b\"},"
            + "{\"role\":\"x\"}]",
        new com.google.gson.reflect.TypeToken<List<Message>>() { }.getType());
    assertEquals(List.of("user:a", "assistant:b", "unknown"), messages.stream()
        .map(UnionRoundTripTest::describe).toList());
  }

  /** An instanceof chain over the sealed forms (a switch on Java 21). */
  private static String describe(Message message) {
    if (message instanceof UserMessage user) {
      return "user:" + user.content().text().orElse("");
    } else if (message instanceof AssistantMessage assistant) {
      return "assistant:" + assistant.content().flatMap(Content::text).orElse("");
    } else if (message instanceof Message.Unknown) {
      return "unknown";
    }
    return message.role();
  }

  @Test
  void toolChoiceAsStringAndAsObject() {
    assertEquals("required", assertRoundTrip("\"required\"", ToolChoice.class).mode().orElseThrow());
    ToolChoice named = assertRoundTrip(
        "{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}", ToolChoice.class);
    assertEquals("get_weather",
        named.function().orElseThrow().function().orElseThrow().name());
    assertTrue(named.isFunction());
    assertFalse(named.isMode());
    assertEquals("{\"tool_choice\":\"none\"}",
        write(ChatRequest.builder().toolChoice("none").build()));
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
    JsonSchemaResponseFormat format = assertInstanceOf(JsonSchemaResponseFormat.class,
        schema.responseFormat().orElseThrow());
    assertEquals("answer", format.jsonSchema().get("name").getAsString());
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
    List<SearchSource> sources = request.searchParameters().orElseThrow().sources();
    assertInstanceOf(WebSource.class, sources.get(0));
    assertInstanceOf(XSearchSource.class, sources.get(1));
    assertInstanceOf(NewsSource.class, sources.get(2));
    assertInstanceOf(RssSource.class, sources.get(3));
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
    List<ModelTool> tools = request.tools();
    assertInstanceOf(FunctionTool.class, tools.get(0));
    assertInstanceOf(WebSearchTool.class, tools.get(1));
    assertInstanceOf(XSearchTool.class, tools.get(2));
    assertEquals(List.of("function", "web_search", "x_search", "code_interpreter", "file_search",
        "mcp"), tools.stream().map(ModelTool::type).toList());
    assertInstanceOf(NamedToolChoice.class, request.toolChoice().orElseThrow().named().orElseThrow());
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
    List<ModelInputPart> input = request.input().items().orElseThrow();
    assertInstanceOf(InputMessage.class, input.get(0));
    assertTrue(((InputMessage) input.get(1)).content().isParts());
    assertInstanceOf(FunctionToolCall.class, input.get(2));
    assertInstanceOf(FunctionToolCallOutput.class, input.get(3));
  }

  @Test
  void responseWithReasoningWebSearchFunctionCallAndMessage() {
    ModelResponse response = assertRoundTrip("""
        {"id":"resp_1","created_at":1760000000,"model":"grok-4","status":"completed",
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
        """, ModelResponse.class);
    List<ModelOutput> output = response.output();
    Reasoning reasoning = assertInstanceOf(Reasoning.class, output.get(0));
    assertEquals("Searching first.", reasoning.summary().get(0).text());
    WebSearchCall search = assertInstanceOf(WebSearchCall.class, output.get(1));
    assertEquals("xai news",
        assertInstanceOf(WebSearchSearchAction.class, search.action()).query());
    FunctionToolCall call = assertInstanceOf(FunctionToolCall.class, output.get(2));
    assertEquals("call_9", call.callId());
    OutputMessage message = assertInstanceOf(OutputMessage.class, output.get(3));
    assertEquals("Done.", assertInstanceOf(OutputText.class, message.content().get(0)).text());
    assertEquals("Done.", response.outputText());
    assertEquals(List.of(call), response.functionCalls());
  }

  @Test
  void storedInputItemsReadAsTheirOwnForms() {
    ListInputItemsResponse page = assertRoundTrip("""
        {"object":"list","first_id":"msg_1","last_id":"fco_1","has_more":false,"data":[
          {"id":"msg_1","type":"message","role":"user","content":[{"type":"input_text","text":"Hi"}]},
          {"id":"fc_1","type":"function_call","call_id":"c1","name":"f","arguments":"{}","status":"completed"},
          {"id":"fco_1","type":"function_call_output","call_id":"c1","output":"42"}]}
        """, ListInputItemsResponse.class);
    List<ModelInputPart> items = page.data();
    InputMessage stored = assertInstanceOf(InputMessage.class, items.get(0));
    assertEquals("Hi", assertInstanceOf(InputText.class,
        stored.content().parts().orElseThrow().get(0)).text());
    assertEquals("fc_1", assertInstanceOf(FunctionToolCall.class, items.get(1)).id().orElseThrow());
    assertEquals("42", assertInstanceOf(FunctionToolCallOutput.class, items.get(2)).output()
        .text().orElseThrow());
  }

  @Test
  void embeddingInputGoesOverTheWireUntagged() {
    assertEquals("query: hi", assertRoundTrip("{\"input\":\"query: hi\"}", EmbeddingRequest.class)
        .input().orElseThrow().text().orElseThrow());
    assertEquals(List.of("a", "b"), assertRoundTrip("{\"input\":[\"a\",\"b\"]}",
        EmbeddingRequest.class).input().orElseThrow().texts().orElseThrow());
    assertEquals(List.of(1, 2, 3), assertRoundTrip("{\"input\":[1,2,3]}", EmbeddingRequest.class)
        .input().orElseThrow().tokens().orElseThrow());
    assertEquals(List.of(List.of(1, 2), List.of(3)), assertRoundTrip("{\"input\":[[1,2],[3]]}",
        EmbeddingRequest.class).input().orElseThrow().tokenArrays().orElseThrow());
    assertTrue(read("[]", EmbeddingInput.class).isTexts());
  }

  @Test
  void publicUrlInputAsBooleanOrObject() {
    assertEquals(Boolean.TRUE, assertRoundTrip("true", PublicUrlInput.class).enabled().orElseThrow());
    assertEquals(3600L, assertRoundTrip("{\"expires_after\":3600}", PublicUrlInput.class)
        .options().orElseThrow().expiresAfter().getAsLong());
  }

  @Test
  void aFormNoneKnowsIsKeptRawInAHolderToo() {
    Content odd = read("42", Content.class);
    assertFalse(odd.isKnown());
    assertEquals(tree("42"), odd.rawJson().orElseThrow());
    assertEquals("42", write(odd));
    assertEquals("fallback", odd.accept(new Content.Visitor<String>() {
      @Override
      public String visitText(String text) {
        return "text";
      }

      @Override
      public String visitParts(List<io.github.xaijava.generated.model.ContentPart> parts) {
        return "parts";
      }

      @Override
      public String visitUnknown(com.google.gson.JsonElement json) {
        return "fallback";
      }
    }));
  }

  @Test
  void nullableReferencesReadNullAndAbsentAlike() {
    ChatRequest request = read("{\"model\":\"m\",\"response_format\":null}", ChatRequest.class);
    assertTrue(request.responseFormat().isEmpty());
    assertEquals("{\"model\":\"m\"}", write(request));
  }

  @Test
  void askingForAnotherFormIsEmptyNotAnError() {
    Content text = Content.ofText("hi");
    assertTrue(text.parts().isEmpty());
    assertEquals("hi", text.text().orElseThrow());
    assertThrows(NullPointerException.class, () -> Content.ofText(null));
  }
}
