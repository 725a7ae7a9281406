package io.github.xaijava.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulator over a document with operations no hand-written route knows (the jar's document plus
 * widgets): they answer from their schemas, and the dispatcher's checks and injections apply to them
 * as to the others.
 */
class DefaultRoutesTest {
  /** What the document adds to the jar's: widgets, which xAI does not have. */
  private static final String WIDGETS = """
      {
        "paths": {
          "/v1/widgets": {
            "post": {
              "operationId": "create_widget",
              "requestBody": {"required": true,
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewWidget"}}}},
              "responses": {
                "202": {"description": "queued"},
                "201": {"description": "created",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}}},
                "422": {"description": "invalid"}
              }
            }
          },
          "/v1/widgets/{widget_id}": {
            "parameters": [{"name": "widget_id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "get": {
              "operationId": "get_widget",
              "responses": {
                "200": {"description": "the widget",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}}},
                "404": {"description": "no such widget"}
              }
            },
            "delete": {
              "operationId": "delete_widget",
              "responses": {"204": {"description": "deleted"}}
            }
          },
          "/v1/widgets/{widget_id}/picture": {
            "get": {
              "operationId": "get_widget_picture",
              "responses": {"200": {"description": "a picture",
                  "content": {"image/png": {"schema": {"type": "string", "format": "binary"}}}}}
            }
          }
        },
        "schemas": {
          "Widget": {"type": "object", "required": ["id", "size"],
              "properties": {"id": {"type": "string"}, "size": {"type": "integer"}}},
          "NewWidget": {"type": "object", "required": ["name"],
              "properties": {"name": {"type": "string"}, "size": {"type": "integer"}}}
        }
      }
      """;

  @TempDir
  static Path dir;

  private static JsonObject document;
  private static XaiSimulator sim;

  @BeforeAll
  static void start() {
    document = Documents.fromJar();
    JsonObject widgets = JsonParser.parseString(WIDGETS).getAsJsonObject();
    widgets.getAsJsonObject("paths").entrySet()
        .forEach(e -> document.getAsJsonObject("paths").add(e.getKey(), e.getValue()));
    widgets.getAsJsonObject("schemas").entrySet()
        .forEach(e -> document.getAsJsonObject("components").getAsJsonObject("schemas").add(e.getKey(), e.getValue()));
    sim = XaiSimulator.builder().openApi(Documents.write(document, dir)).build().start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  private static Http http() {
    return new Http(sim);
  }

  private static Set<?> widgetErrors(String body) {
    JsonObject widget = new JsonObject();
    widget.addProperty("$ref", "#/components/schemas/Widget");
    return Schemas.errors(Documents.standalone(widget, document), body);
  }

  @Test
  void getAnswersAGeneratedWidget() {
    Http.Reply r = http().get("/v1/widgets/w-1");
    assertEquals(200, r.status(), r.text());
    assertEquals("application/json", r.header("Content-Type"));
    assertEquals(Set.of(), widgetErrors(r.text()), r.text());
    assertTrue(r.json().get("id").getAsJsonPrimitive().isString());
    assertNotNull(r.header("x-request-id"));
    assertEquals(r.text(), http().get("/v1/widgets/other").text(), "deterministic");
    RecordedRequest recorded = sim.takeRequest();
    assertEquals("GET", recorded.method());
    assertEquals("/v1/widgets/w-1", recorded.path());
  }

  @Test
  void postAnswersTheLowestSuccessStatusWithItsSchema() {
    Http.Reply r = http().post("/v1/widgets", "{\"name\":\"sprocket\"}");
    assertEquals(201, r.status(), r.text());
    assertEquals(Set.of(), widgetErrors(r.text()), r.text());
  }

  @Test
  void bodyWithoutTheRequiredNameIs422InXaisShape() {
    Http.Reply r = http().post("/v1/widgets", "{\"size\":3}");
    assertEquals(422, r.status());
    assertTrue(r.header("Content-Type").startsWith("text/plain"), r.header("Content-Type"));
    assertEquals("Failed to deserialize the JSON body into the target type: missing field `name` at line 1 column 10",
        r.text());
    Http.Reply wrongType = http().post("/v1/widgets", "{\"name\":7}");
    assertEquals(422, wrongType.status());
    assertTrue(wrongType.text().contains("name: invalid type: integer `7`, expected a string"), wrongType.text());
  }

  @Test
  void missingBodyIsAnsweredAsByAHandWrittenRoute() {
    Http.Reply widget = http().post("/v1/widgets", "");
    Http.Reply chat = http().post("/v1/chat/completions", "");
    assertEquals(chat.status(), widget.status());
    assertEquals(chat.text(), widget.text());
  }

  @Test
  void noKeyIs401AndAWrongKeyIs400() {
    Http.Reply none = new Http(sim.baseUrl(), null).get("/v1/widgets/w-1");
    assertEquals(401, none.status());
    assertEquals("The request does not have valid authentication credentials", none.json().get("code").getAsString());
    assertEquals(400, new Http(sim.baseUrl(), "xai-wrong").get("/v1/widgets/w-1").status());
  }

  @Test
  void injectedFaultsAndScriptedAnswersApply() {
    sim.faults().onPath("/v1/widgets/*").next(1).serverError(503);
    Http.Reply r = http().get("/v1/widgets/w-1");
    assertEquals(503, r.status());
    assertEquals("The service is currently unavailable", r.json().get("code").getAsString());
    assertEquals(200, http().get("/v1/widgets/w-1").status(), "one call only");
    sim.faults().next(1).rateLimited();
    assertEquals(429, http().post("/v1/widgets", "{\"name\":\"x\"}").status());
    sim.script().onPath("/v1/widgets/w-2").enqueue(ScriptedAnswer.json(200, "{\"id\":\"scripted\",\"size\":9}"));
    assertEquals("{\"id\":\"scripted\",\"size\":9}", http().get("/v1/widgets/w-2").text());
  }

  @Test
  void noContentAndBinaryAnswers() {
    Http.Reply deleted = http().delete("/v1/widgets/w-1");
    assertEquals(204, deleted.status());
    assertEquals(0, deleted.body().length);
    Http.Reply picture = http().get("/v1/widgets/w-1/picture");
    assertEquals(200, picture.status());
    assertEquals("image/png", picture.header("Content-Type"));
    assertTrue(picture.body().length > 0);
    assertArrayEquals(picture.body(), http().get("/v1/widgets/w-9/picture").body(), "deterministic");
  }

  @Test
  void aBadDocumentFailsWhereItIsNamed() throws Exception {
    XaiSimulator.Builder builder = XaiSimulator.builder();
    assertThrows(UncheckedIOException.class, () -> builder.openApi(dir.resolve("absent.json")));
    Path notJson = Files.writeString(dir.resolve("not.json"), "paths: {}");
    assertThrows(IllegalArgumentException.class, () -> builder.openApi(notJson));
    Path noPaths = Files.writeString(dir.resolve("no-paths.json"), "{\"openapi\":\"3.1.0\"}");
    assertThrows(IllegalArgumentException.class, () -> builder.openApi(noPaths));
  }

  @Test
  void handWrittenRoutesStillWinAndOtherMethodsAre405() {
    Http.Reply models = http().get("/v1/models");
    assertEquals(200, models.status());
    assertTrue(models.text().contains("grok-3"), "the catalogue, not a generated instance: " + models.text());
    Http.Reply put = http().send(http().request("/v1/widgets").PUT(HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(405, put.status());
    assertEquals("POST", put.header("Allow"));
  }
}
