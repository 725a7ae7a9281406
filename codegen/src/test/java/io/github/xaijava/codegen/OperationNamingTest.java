package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;

import org.junit.jupiter.api.Test;

/** Operations get a Retrofit interface (their group), a method name, and keep their id. */
class OperationNamingTest {

  @Test
  void anOperationIsNamedFromItsIdAndGroupedByItsFirstSegmentAfterTheVersion() {
    ShapingContext c = PassFixture.context("""
        {"/v1/tokenize-text": {"post": {"operationId": "handle_tokenize_text_request",
          "tags": ["v1"], "summary": "s"}}}
        """, "{}", "{}");
    new OperationNaming(c).apply();
    assertJson("""
        {"/v1/tokenize-text": {"post": {"operationId": "handleTokenizeTextRequest",
          "tags": ["TokenizeText"], "summary": "s",
          "x-xai-operation-id": "handle_tokenize_text_request"}}}
        """, c.paths());
  }

  @Test
  void rulesNameTheMethodAndTheGroupAndMarkStreaming() {
    ShapingContext c = PassFixture.context("""
        {"/v1/chat/completions": {"post": {"operationId": "create_chat"}}}
        """, "{}", """
        {"groups": {"chat": "Chat"},
         "operations": {"create_chat": {"method": "create", "streaming": true}}}
        """);
    new OperationNaming(c).apply();
    assertJson("""
        {"/v1/chat/completions": {"post": {"operationId": "create",
          "x-xai-operation-id": "create_chat", "tags": ["Chat"], "x-xai-streaming": true}}}
        """, c.paths());
  }

  @Test
  void anOperationWithoutAnIdIsNamedByMethodAndPath() {
    ShapingContext c = PassFixture.context("""
        {"/models": {"get": {"responses": {}}}}
        """, "{}", "{}");
    new OperationNaming(c).apply();
    assertJson("""
        {"/models": {"get": {"responses": {}, "operationId": "getModels",
          "x-xai-operation-id": "get_/models", "tags": ["Models"]}}}
        """, c.paths());
  }

  @Test
  void whatIsNoOperationIsLeftAlone() {
    String paths = """
        {"/v1/models": {"parameters": [{"name": "x", "in": "query"}], "summary": "all",
          "x-extension": {"operationId": "not_an_operation"}},
         "/v1/broken": "not an object"}
        """;
    ShapingContext c = PassFixture.context(paths, "{}", "{}");
    new OperationNaming(c).apply();
    assertJson(paths, c.paths());
  }
}
