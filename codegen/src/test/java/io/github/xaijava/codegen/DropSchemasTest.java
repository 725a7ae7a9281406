package io.github.xaijava.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Schemas the drop rules name go, unless something still refers to them. */
class DropSchemasTest {

  @Test
  void anUnusedSchemaGoesAndAUsedOneStaysWithANote() {
    ShapingContext c = PassFixture.schemas("""
        {"ListParams": {"type": "object", "properties": {"limit": {"type": "integer"}}},
         "Used": {"type": "object", "properties": {"x": {"type": "string"}}},
         "Holder": {"type": "object", "properties": {"u": {"$ref": "#/components/schemas/Used"}}}}
        """, """
        {"drop": ["// why", "ListParams", "Used", "Absent"]}
        """);
    new DropSchemas(c).apply();
    assertFalse(c.components().has("ListParams"));
    assertTrue(c.components().has("Used"));
    assertEquals(List.of("drop rule for Used: still referred to, kept"), c.notes());
  }
}
