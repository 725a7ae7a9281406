package io.github.xaijava.simulator;

import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** Opens the tests' outside schema validator to tests in other packages. */
public final class SchemasAccess {
  private SchemasAccess() {}

  public static Set<ValidationMessage> errors(String schema, String instance) {
    return Schemas.errors(schema, instance);
  }
}
