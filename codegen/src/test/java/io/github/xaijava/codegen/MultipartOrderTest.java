package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;

import org.junit.jupiter.api.Test;

/** Multipart bodies list their file parts last, the others in their order. */
class MultipartOrderTest {

  private static String body(String mediaType, String schema) {
    return "{\"/v1/files\": {\"post\": {\"requestBody\": {\"content\": {\"" + mediaType
        + "\": {\"schema\": " + schema + "}}}}}}";
  }

  @Test
  void filePartsOfAReferencedSchemaGoLast() {
    ShapingContext c = PassFixture.context(
        body("multipart/form-data", "{\"$ref\": \"#/components/schemas/Upload\"}"), """
        {"Upload": {"type": "object", "properties": {
           "file": {"type": "string", "format": "binary"},
           "purpose": {"type": "string"},
           "files": {"type": "array", "items": {"type": "string", "format": "BINARY"}},
           "name": {"type": "string"},
           "image": {"type": "string", "contentMediaType": "image/png"},
           "data": {"type": "string", "format": "byte"}}}}
        """, "{}");
    new MultipartOrder(c).apply();
    assertJson("""
        {"purpose": {"type": "string"},
         "name": {"type": "string"},
         "file": {"type": "string", "format": "binary"},
         "files": {"type": "array", "items": {"type": "string", "format": "BINARY"}},
         "image": {"type": "string", "contentMediaType": "image/png"},
         "data": {"type": "string", "format": "byte"}}
        """, PassFixture.schema(c, "Upload").get("properties"));
  }

  @Test
  void anInlineMultipartSchemaIsOrderedInPlace() {
    ShapingContext c = PassFixture.context(body("multipart/form-data", """
        {"type": "object", "properties": {"file": {"format": "binary"}, "model": {"type": "string"}}}
        """), "{}", "{}");
    new MultipartOrder(c).apply();
    assertJson(body("multipart/form-data", """
        {"type": "object", "properties": {"model": {"type": "string"}, "file": {"format": "binary"}}}
        """), c.paths());
  }

  @Test
  void otherBodiesAreLeftAlone() {
    String paths = """
        {"/v1/json": {"post": {"requestBody": {"content": {"application/json": {"schema": {
           "type": "object", "properties": {"file": {"format": "binary"}, "model": {"type": "string"}}}}}}},
                      "get": {"responses": {}}, "parameters": [{"name": "x"}]},
         "/v1/empty": {"post": {"requestBody": {"content": {"multipart/form-data": {}}}}}}
        """;
    ShapingContext c = PassFixture.context(paths, "{}", "{}");
    new MultipartOrder(c).apply();
    assertJson(paths, c.paths());
  }
}
