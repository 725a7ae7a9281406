package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;

import org.junit.jupiter.api.Test;

/** The forms of every union: inline objects named, tagged values unwrapped, oneOf only. */
class UnionFormsTest {

  @Test
  void anInlineObjectFormIsNamedByItsDiscriminatorValueAndANullFormIsDropped() {
    ShapingContext c = PassFixture.schemas("""
        {"Tool": {"description": "a tool", "anyOf": [
           {"type": "object", "required": ["type"],
            "properties": {"type": {"type": "string", "enum": ["function"]}, "name": {"type": "string"}}},
           {"$ref": "#/components/schemas/WebSearch"},
           {"type": "null"}]},
         "WebSearch": {"type": "object", "properties": {"type": {"type": "string", "enum": ["web_search"]}}}}
        """);
    new UnionForms(c).apply();
    assertJson("""
        {"Tool": {"description": "a tool", "oneOf": [
           {"$ref": "#/components/schemas/FunctionTool"},
           {"$ref": "#/components/schemas/WebSearch"}]},
         "WebSearch": {"type": "object", "properties": {"type": {"type": "string", "enum": ["web_search"]}}},
         "FunctionTool": {"type": "object", "required": ["type"],
            "properties": {"type": {"type": "string", "enum": ["function"]}, "name": {"type": "string"}}}}
        """, c.components());
  }

  @Test
  void theUnionRuleGivesPrefixSuffixAndNamesAndALoneRequiredPropertyNamesAForm() {
    ShapingContext c = PassFixture.schemas("""
        {"Part": {"oneOf": [
           {"type": "object", "properties": {"type": {"type": "string", "enum": ["text"]}}},
           {"type": "object", "required": ["image_url"], "properties": {"image_url": {"type": "string"}}},
           {"type": "object", "required": ["a", "b"],
            "properties": {"a": {"type": "string"}, "b": {"type": "string"}}},
           {"type": "object", "required": ["a", "b"],
            "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}}]}}
        """, """
        {"unions": {"Part": {"prefix": "Input", "suffix": "Part", "names": {"#2": "Other"}}}}
        """);
    new UnionForms(c).apply();
    assertJson("""
        {"oneOf": [{"$ref": "#/components/schemas/InputTextPart"},
                   {"$ref": "#/components/schemas/InputImageUrlPart"},
                   {"$ref": "#/components/schemas/Other"},
                   {"$ref": "#/components/schemas/Part4"}]}
        """, PassFixture.schema(c, "Part"));
  }

  @Test
  void aFormTaggedWithARustVariantNameIsTheBareValue() {
    ShapingContext c = PassFixture.schemas("""
        {"Stop": {"oneOf": [
           {"type": "object", "properties": {"String": {"type": "string"}}},
           {"type": "object", "properties": {"StringArray": {"type": "array", "items": {"type": "string"}}}}]}}
        """);
    new UnionForms(c).apply();
    assertJson("""
        {"Stop": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}}
        """, c.components());
  }

  @Test
  void identicalInlineFormsShareOneSchemaAndScalarsAndFreeObjectsStayInline() {
    ShapingContext c = PassFixture.schemas("""
        {"A": {"oneOf": [{"type": "string"}, {"type": "object"},
                         {"type": "object", "properties": {"v": {"type": "string"}}, "required": ["v"]}]},
         "B": {"oneOf": [{"type": "integer"},
                         {"type": "object", "properties": {"v": {"type": "string"}}, "required": ["v"]}]}}
        """, """
        {"unions": {"A": {"suffix": "Value"}, "B": {"suffix": "Value"}}}
        """);
    new UnionForms(c).apply();
    assertJson("""
        {"A": {"oneOf": [{"type": "string"}, {"type": "object"}, {"$ref": "#/components/schemas/VValue"}]},
         "B": {"oneOf": [{"type": "integer"}, {"$ref": "#/components/schemas/VValue"}]},
         "VValue": {"type": "object", "properties": {"v": {"type": "string"}}, "required": ["v"]}}
        """, c.components());
  }
}
