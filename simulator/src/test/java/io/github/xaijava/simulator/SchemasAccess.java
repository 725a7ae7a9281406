package io.github.xaijava.simulator;

import com.google.gson.JsonObject;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** Opens the tests' outside schema validator, and the document helpers, to tests in other packages. */
public final class SchemasAccess {
  private SchemasAccess() {}

  public static Set<ValidationMessage> errors(String schema, String instance) {
    return Schemas.errors(schema, instance);
  }

  /** See {@link Documents#fromJar()}. */
  public static JsonObject documentFromJar() {
    return Documents.fromJar();
  }

  /** See {@link Documents#standalone(JsonObject, JsonObject)}. */
  public static String standalone(JsonObject schema, JsonObject document) {
    return Documents.standalone(schema, document);
  }
}
