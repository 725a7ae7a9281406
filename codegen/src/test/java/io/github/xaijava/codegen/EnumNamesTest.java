package io.github.xaijava.codegen;

import static io.github.xaijava.codegen.PassFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Constant names for enum values that are not identifiers; other enums left alone. */
class EnumNamesTest {

  private static final String RULES = """
      {"enumNames": {"16:9": "RATIO_16_9", "1.5k": "RES_1_5K"}}
      """;

  @Test
  void anEnumWithANamedValueGetsEveryConstantNamed() {
    ShapingContext c = PassFixture.schemas("""
        {"Ratio": {"type": "string", "enum": ["16:9", "21:9", "auto", "in_progress"]},
         "Status": {"type": "string", "enum": ["done", "failed"]}}
        """, RULES);
    new EnumNames(c).apply();
    assertJson("[\"RATIO_16_9\", \"_21_9\", \"AUTO\", \"IN_PROGRESS\"]",
        PassFixture.schema(c, "Ratio").get("x-enum-varnames"));
    assertFalse(PassFixture.schema(c, "Status").has("x-enum-varnames"), "left to the generator");
  }

  @Test
  void theGeneratorsNamesAreReproducedForPlainValues() {
    assertEquals("_1_5K", EnumNames.generatorName("1.5k"));
    assertEquals("RESPONSE_OUTPUT_TEXT_DELTA", EnumNames.generatorName("response.output_text.delta"));
    assertEquals("EMPTY", EnumNames.generatorName(""));
  }
}
