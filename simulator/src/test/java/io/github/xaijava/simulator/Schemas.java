package io.github.xaijava.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** Checks JSON against a JSON Schema with a validator nobody here wrote (networknt). */
final class Schemas {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Schemas() {}

  /** The validation errors of {@code instance} against {@code schema}; empty when it fits. */
  static Set<ValidationMessage> errors(String schema, String instance) {
    try {
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
      return s.validate(MAPPER.readTree(instance));
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + instance, e);
    }
  }
}
