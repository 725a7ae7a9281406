package io.github.xaijava.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Request bodies checked against the API document, as a table of named cases. */
class SchemaValidatorTest {
  private static final SchemaValidator VALIDATOR = new SchemaValidator(OpenApi.get());

  private static String check(String schema, String body) throws JsonText.SyntaxException {
    return VALIDATOR.validate(JsonText.parse(body), schema);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      minimal chat                  | ChatRequest      | {"model":"grok-3","messages":[{"role":"user","content":"hi"}]}
      content parts                 | ChatRequest      | {"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"a"}]}]}
      assistant without content     | ChatRequest      | {"model":"m","messages":[{"role":"assistant","tool_calls":[{"id":"c","function":{"name":"f","arguments":"{}"}}]}]}
      nullable field set to null    | ChatRequest      | {"model":"m","messages":[],"temperature":null}
      unknown properties pass       | ChatRequest      | {"model":"m","messages":[],"x":{"y":[1,2]}}
      integer where a number goes   | ChatRequest      | {"model":"m","messages":[],"temperature":1}
      response string input         | ModelRequest     | {"model":"m","input":"hi"}
      response item input           | ModelRequest     | {"model":"m","input":[{"type":"function_call_output","call_id":"c","output":"x"}]}
      function tool                 | ModelRequest     | {"model":"m","input":"x","tools":[{"type":"function","name":"f","parameters":{}}]}
      embedding plain string        | EmbeddingRequest | {"model":"m","input":"hello"}
      embedding token ids           | EmbeddingRequest | {"model":"m","input":[[1,2],[3]]}
      service tier drift tolerated  | ChatRequest      | {"model":"m","messages":[],"service_tier":"auto"}
      anthropic tool result         | MessageRequest   | {"model":"m","max_tokens":5,"messages":[{"role":"user","content":[{"type":"tool_result","tool_use_id":"t","content":"r"}]}]}
      """)
  void accepted(String name, String schema, String body) throws Exception {
    assertNull(check(schema, body), name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown role      | ChatRequest  | {"messages":[{"role":"robot","content":"x"}]}                | messages[0].role: unknown variant `robot`, expected one of `system`, `user`, `assistant`, `tool`, `function` at line 1 column 43
      missing tag       | ChatRequest  | {"messages":[{"content":"x"}]}                               | messages[0]: missing field `role` at line 1 column 28
      string for array  | ChatRequest  | {"messages":"x"}                                             | messages: invalid type: string "x", expected a sequence at line 1 column 15
      float for integer | ChatRequest  | {"n":1.5}                                                    | n: invalid type: floating point `1.5`, expected i32 at line 1 column 8
      int32 overflow    | ChatRequest  | {"n":3000000000}                                             | n: invalid value: integer `3000000000`, expected i32 at line 1 column 15
      null not allowed  | ChatRequest  | {"model":null}                                               | model: invalid type: null, expected a string at line 1 column 13
      boolean for text  | ChatRequest  | {"user":true}                                                | user: invalid type: boolean `true`, expected a string at line 1 column 12
      untagged mismatch | ChatRequest  | {"messages":[{"role":"user","content":5}]}                   | messages[0].content: data did not match any variant of untagged enum Content at line 1 column 39
      root not object   | ChatRequest  | [1]                                                          | invalid type: sequence, expected struct ChatRequest at line 1 column 3
      missing input     | ModelRequest | {"model":"m"}                                                | missing field `input` at line 1 column 13
      unknown tool type | ModelRequest | {"input":"x","tools":[{"type":"calculator"}]}                | tools[0].type: unknown variant `calculator`, expected one of `function`, `web_search`, `x_search`, `image_generation`, `file_search`, `code_interpreter`, … at line 1 column 43
      enum value        | GenerateImageRequest | {"aspect_ratio":"7:5"}                               | aspect_ratio: unknown variant `7:5`, expected one of `1:1`, `3:4`, `4:3`, `9:16`, `16:9`, `2:3`, `3:2`, `9:19.5`, `19.5:9`, `9:20`, `20:9`, `1:2`, `2:1`, `21:9`, `5:2`, `auto` at line 1 column 21
      """)
  void rejected(String name, String schema, String body, String message) throws Exception {
    String expected = "Failed to deserialize the JSON body into the target type: " + message;
    String actual = check(schema, body);
    int cut = expected.indexOf('…');
    if (cut < 0) {
      assertEquals(expected, actual, name);
    } else {
      // The tail of a list xAI grows with every document (tool types): the spec sweep runs
      // these tests against older documents too.
      assertTrue(actual.startsWith(expected.substring(0, cut))
          && actual.endsWith(expected.substring(cut + 1)), name + ": " + actual);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      empty             | ''            | EOF while parsing a value at line 1 column 0
      word              | hello         | expected value at line 1 column 1
      trailing          | {} x          | trailing characters at line 1 column 4
      unclosed          | '{"a":1'      | EOF while parsing an object at line 1 column 6
      bare key          | {a:1}         | key must be a string at line 1 column 2
      missing colon     | '{"a" 1}'     | expected `:` at line 1 column 6
      second line       | '{\n "a":}'   | expected value at line 2 column 6
      """)
  void syntaxErrorsNameTheirPlace(String name, String text, String message) {
    JsonText.SyntaxException e = assertThrows(JsonText.SyntaxException.class, () -> JsonText.parse(text.replace("\\n", "\n")));
    assertEquals(message, e.getMessage(), name);
  }
}
