package io.github.xaijava.codegen;

import io.github.xaijava.openapi.Refs;
import java.util.List;

/**
 * Leaves out the schemas the {@code drop} rules name, which no operation uses (xAI's document
 * describes some query parameters a second time as objects): generated, they would be public
 * models that nothing reads or sends. A schema something still refers to is kept, with a note.
 */
final class DropSchemas {

  private final ShapingContext context;

  DropSchemas(ShapingContext context) {
    this.context = context;
  }

  void apply() {
    List<String> drop = context.rules().drop;
    for (String name : drop) {
      if (!context.components().has(name)) {
        continue;
      }
      String ref = Refs.toSchema(name);
      if (context.document().toString().contains("\"" + ref + "\"")) {
        context.note("drop rule for " + name + ": still referred to, kept");
        continue;
      }
      context.components().remove(name);
    }
  }
}
