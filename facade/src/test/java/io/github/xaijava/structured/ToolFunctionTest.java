package io.github.xaijava.structured;

import io.github.xaijava.errors.StructuredOutputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Function tools described by the record of their arguments. */
class ToolFunctionTest {

  enum Unit { @JsonName("celsius") CELSIUS, @JsonName("fahrenheit") FAHRENHEIT }

  @ToolSpec(name = "get_weather", description = "Current weather for a city")
  record WeatherQuery(@Description("City name, in English") String city, Optional<Unit> unit) {
  }

  @Description("Looks a word up in the dictionary")
  record LookUpWord(String word) {
  }

  record HTTPStatusCheck(String url) {
  }

  record Ping() {
  }

  @ToolSpec(name = "get weather")
  record BadName(String city) {
  }

  @ToolSpec(description = "Described here")
  @Description("Not here")
  record ToolDescriptionWins(String x) {
  }

  @Test
  void nameAndDescriptionComeFromTheToolAnnotation() {
    ToolFunction<WeatherQuery> tool = ToolFunction.of(WeatherQuery.class);
    assertEquals("get_weather", tool.name());
    assertEquals(Optional.of("Current weather for a city"), tool.description());
    assertEquals(WeatherQuery.class, tool.argumentsType());
  }

  @Test
  void nameDefaultsToTheRecordNameInSnakeCase() {
    assertEquals("look_up_word", ToolFunction.of(LookUpWord.class).name());
    assertEquals("http_status_check", ToolFunction.of(HTTPStatusCheck.class).name());
    assertEquals("ping", ToolFunction.of(Ping.class).name());
  }

  @Test
  void descriptionFallsBackToTheRecordsDescriptionThenToNone() {
    assertEquals(Optional.of("Looks a word up in the dictionary"),
        ToolFunction.of(LookUpWord.class).description());
    assertEquals(Optional.of("Described here"),
        ToolFunction.of(ToolDescriptionWins.class).description());
    assertEquals(Optional.empty(), ToolFunction.of(Ping.class).description());
  }

  @Test
  void nameWithCharactersOutsideTheAllowedSetIsRefused() {
    IllegalArgumentException refusal =
        assertThrows(IllegalArgumentException.class, () -> ToolFunction.of(BadName.class));
    assertTrue(refusal.getMessage().contains("'get weather'"), refusal.getMessage());
  }

  @Test
  void parametersAreTheRecordsSchema() {
    assertEquals(JsonSchema.of(WeatherQuery.class).json(),
        ToolFunction.of(WeatherQuery.class).parameters());
    Golden.assertMatches("tool-parameters-get-weather", ToolFunction.of(WeatherQuery.class).parameters());
  }

  @Test
  void chatToolNestsTheFunction() {
    JsonObject chat = wire(ToolFunction.of(WeatherQuery.class).chatTool());
    assertEquals("function", chat.get("type").getAsString());
    JsonObject function = chat.getAsJsonObject("function");
    assertEquals("get_weather", function.get("name").getAsString());
    assertEquals("Current weather for a city", function.get("description").getAsString());
    assertEquals(JsonSchema.of(WeatherQuery.class).json(), function.get("parameters"));
    assertEquals(2, chat.size());
  }

  @Test
  void responsesToolIsFlat() {
    JsonObject tool = wire(ToolFunction.of(WeatherQuery.class).responsesTool());
    assertEquals("function", tool.get("type").getAsString());
    assertEquals("get_weather", tool.get("name").getAsString());
    assertEquals(JsonSchema.of(WeatherQuery.class).json(), tool.get("parameters"));
  }

  @Description("Translates a word")
  record Translate(@Description("The word to translate") String word,
      @Description("The language to translate it into") String language) {
  }

  @Test
  void theRecordsDescriptionIsSentOnceOnTheFunctionNotInItsParameters() {
    JsonObject function = wire(ToolFunction.of(Translate.class).chatTool()).getAsJsonObject("function");
    assertEquals("Translates a word", function.get("description").getAsString());
    JsonObject parameters = function.getAsJsonObject("parameters");
    assertFalse(parameters.has("description"), parameters.toString());
    assertEquals("The word to translate", parameters.getAsJsonObject("properties")
        .getAsJsonObject("word").get("description").getAsString());
    assertEquals("The language to translate it into", parameters.getAsJsonObject("properties")
        .getAsJsonObject("language").get("description").getAsString());

    JsonObject responsesTool = wire(ToolFunction.of(Translate.class).responsesTool());
    assertEquals("Translates a word", responsesTool.get("description").getAsString());
    assertFalse(responsesTool.getAsJsonObject("parameters").has("description"),
        responsesTool.toString());
    assertFalse(ToolFunction.of(ToolDescriptionWins.class).parameters().has("description"));
    assertEquals("Translates a word", JsonSchema.of(Translate.class).json().get("description")
        .getAsString(), "a structured output's schema keeps it: nothing else carries it there");
  }

  @Test
  void toolWithoutDescriptionSendsNone() {
    assertTrue(!wire(ToolFunction.of(Ping.class).chatTool()).getAsJsonObject("function").has("description"));
  }

  @Test
  void argumentsReadIntoTheRecord() {
    ToolFunction<WeatherQuery> tool = ToolFunction.of(WeatherQuery.class);
    assertEquals(new WeatherQuery("Oslo", Optional.of(Unit.CELSIUS)),
        tool.parseArguments("{\"city\":\"Oslo\",\"unit\":\"celsius\"}"));
    assertEquals(new WeatherQuery("Oslo", Optional.empty()), tool.parseArguments("{\"city\":\"Oslo\"}"));
  }

  @Test
  void blankArgumentsOfAToolWithoutParametersReadAsEmpty() {
    assertEquals(new Ping(), ToolFunction.of(Ping.class).parseArguments(""));
  }

  @Test
  void argumentsThatDoNotFitFailTypedWithTheToolNamed() {
    String arguments = "{\"unit\":\"kelvin\"}";
    StructuredOutputException failure = assertThrows(StructuredOutputException.class,
        () -> ToolFunction.of(WeatherQuery.class).parseArguments(arguments));
    assertEquals(arguments, failure.rawText());
    assertEquals(Optional.of("$.city"), failure.jsonPath());
    assertTrue(failure.getMessage().startsWith(
        "Cannot read the arguments of tool get_weather (WeatherQuery) from the model's output"),
        failure.getMessage());
  }

  @Test
  void toolsFromTheSameRecordAreEqual() {
    assertEquals(ToolFunction.of(Ping.class), ToolFunction.of(Ping.class));
    assertEquals(ToolFunction.of(Ping.class).hashCode(), ToolFunction.of(Ping.class).hashCode());
    assertTrue(ToolFunction.of(Ping.class).toString().contains("name=ping"));
  }

  private static JsonObject wire(Object model) {
    return io.github.xaijava.XaiJson.gson().toJsonTree(model).getAsJsonObject();
  }
}
