package io.github.xaijava.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every generated instance validates against its schema, checked by a validator nobody here wrote. */
class InstanceGeneratorTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}",
      "{\"type\":\"string\",\"minLength\":20,\"maxLength\":25}",
      "{\"type\":\"string\",\"maxLength\":3}",
      "{\"type\":\"integer\",\"exclusiveMinimum\":10,\"exclusiveMaximum\":12}",
      "{\"type\":\"number\",\"minimum\":0.25,\"maximum\":0.5}",
      "{\"type\":\"number\",\"exclusiveMaximum\":0}",
      "{\"type\":\"integer\",\"multipleOf\":7,\"minimum\":8}",
      "{\"type\":[\"null\",\"boolean\"]}",
      "{\"enum\":[3,\"x\",null]}",
      "{\"const\":{\"k\":[1]}}",
      "{\"type\":\"array\",\"items\":{\"type\":\"integer\"},\"minItems\":3,\"maxItems\":3,\"uniqueItems\":true}",
      "{\"type\":\"array\",\"prefixItems\":[{\"type\":\"string\"},{\"type\":\"boolean\"}],\"items\":false}",
      "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"},\"minProperties\":2}",
      "{\"allOf\":[{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"required\":[\"a\"]},"
          + "{\"properties\":{\"b\":{\"type\":\"integer\"}},\"required\":[\"b\"]}]}",
      "{\"oneOf\":[{\"type\":\"null\"},{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"string\",\"format\":\"uuid\"}},\"required\":[\"x\"]}]}",
      "{\"$defs\":{\"node\":{\"type\":\"object\",\"properties\":{\"v\":{\"type\":\"integer\"},\"next\":{\"$ref\":\"#/$defs/node\"}},"
          + "\"required\":[\"v\"]}},\"$ref\":\"#/$defs/node\"}",
      "{\"definitions\":{\"when\":{\"type\":\"string\",\"format\":\"date-time\"}},\"type\":\"object\","
          + "\"properties\":{\"at\":{\"$ref\":\"#/definitions/when\"}},\"required\":[\"at\"]}",
      "{\"type\":\"object\",\"properties\":{\"e\":{\"type\":\"string\",\"format\":\"email\"},\"i\":{\"type\":\"string\","
          + "\"format\":\"ipv4\"},\"d\":{\"type\":\"string\",\"format\":\"date\"},\"u\":{\"type\":\"string\",\"format\":\"uri\"}},"
          + "\"required\":[\"e\",\"i\",\"d\",\"u\"],\"additionalProperties\":false}",
  })
  void instanceFitsSchema(String schema) {
    String instance = Json.write(InstanceGenerator.generate(JsonParser.parseString(schema)));
    assertEquals(Set.of(), io.github.xaijava.simulator.SchemasAccess.errors(schema, instance), instance);
  }
}
