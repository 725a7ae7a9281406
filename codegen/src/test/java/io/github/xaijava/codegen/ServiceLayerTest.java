package io.github.xaijava.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service-layer pass, fragment in and fragment out: each operation's {@code x-xai-service}
 * from its rule, or from the defaults when it has none.
 */
class ServiceLayerTest {

  @TempDir
  Path dir;

  /** An operation as the pass sees it: named and grouped by the operations pass before it. */
  private static String op(String originalId, String retrofitName, String group, String extra) {
    return "{\"operationId\": \"" + retrofitName + "\", \"x-xai-operation-id\": \"" + originalId
        + "\", \"tags\": [\"" + group + "\"]" + extra + "}";
  }

  private static final String JSON_ANSWER = ", \"responses\": {\"200\": {\"description\": \"ok\","
      + " \"content\": {\"application/json\": {\"schema\": {\"type\": \"object\"}}}}}";

  private Shaping rules(String operations) throws IOException {
    Path file = dir.resolve("shaping.json");
    Files.writeString(file, "{\"operations\": " + operations + ", \"facadeTypes\": "
        + "{\"ChatStream\": \"io.github.xaijava.streaming.ChatStream\"}}");
    return Shaping.read(file);
  }

  private static JsonObject service(JsonObject paths, String path, String method) {
    return paths.getAsJsonObject(path).getAsJsonObject(method).getAsJsonObject("x-xai-service");
  }

  @Test
  void anOperationWithoutARuleGetsAMethodNamedFromItsIdAndIsReported() throws IOException {
    JsonObject paths = JsonParser.parseString("{\"/v1/widgets/{widget_id}\": {\"get\": "
        + op("handle_get_widget_request", "handleGetWidgetRequest", "Widgets",
            ", \"parameters\": [{\"name\": \"widget_id\", \"in\": \"path\", \"required\": true},"
                + " {\"name\": \"verbose\", \"in\": \"query\"}]" + JSON_ANSWER)
        + "}}").getAsJsonObject();
    ServiceLayer layer = new ServiceLayer(rules("{}"));
    layer.apply(paths);

    JsonObject service = service(paths, "/v1/widgets/{widget_id}", "get");
    assertEquals("getWidget", service.get("call").getAsString());
    assertTrue(service.get("plain").getAsBoolean());
    assertTrue(service.get("optionalQuery").getAsBoolean(), "its one query parameter is optional");
    assertEquals(1, layer.defaults().size());
    assertTrue(layer.defaults().get(0).contains("`GET /v1/widgets/{widget_id}`: method getWidget(…)"
        + " on the Widgets service"), layer.defaults().get(0));
  }

  @Test
  void aDefaultNeverTakesANameARuleGaveInItsService() throws IOException {
    JsonObject paths = JsonParser.parseString("{"
        + "\"/v1/things\": {\"post\": " + op("handle_make_thing_request", "makeThing", "Things", JSON_ANSWER) + "},"
        + "\"/v1/things/new\": {\"post\": " + op("handle_create_request", "handleCreateRequest", "Things", JSON_ANSWER) + "}"
        + "}").getAsJsonObject();
    ServiceLayer layer = new ServiceLayer(rules(
        "{\"handle_make_thing_request\": {\"service\": {\"call\": \"create\"}}}"));
    layer.apply(paths);

    assertEquals("create", service(paths, "/v1/things", "post").get("call").getAsString());
    assertEquals("handleCreateRequest", service(paths, "/v1/things/new", "post").get("call").getAsString(),
        "the generated Retrofit name, which is unique, instead of a second create");
  }

  @Test
  void anAnswerThatIsNotJsonIsADownload() throws IOException {
    JsonObject paths = JsonParser.parseString("{\"/v1/reports/{id}/pdf\": {\"get\": "
        + op("handle_get_report_pdf_request", "getReportPdf", "Reports",
            ", \"responses\": {\"200\": {\"description\": \"ok\", \"content\": "
                + "{\"application/pdf\": {\"schema\": {\"type\": \"string\"}}}}}")
        + "}}").getAsJsonObject();
    ServiceLayer layer = new ServiceLayer(rules("{}"));
    layer.apply(paths);

    JsonObject service = service(paths, "/v1/reports/{id}/pdf", "get");
    assertFalse(service.get("plain").getAsBoolean());
    assertEquals("getReportPdf", service.getAsJsonObject("download").get("call").getAsString());
    assertEquals("getReportPdfTo", service.getAsJsonObject("download").get("toPath").getAsString());
  }

  @Test
  void aJobTakesItsPollMethodAndHandleFromThePollOperationsResumeRule() throws IOException {
    JsonObject paths = JsonParser.parseString("{"
        + "\"/v1/renders\": {\"post\": " + op("start_render", "startRender", "Renders", JSON_ANSWER) + "},"
        + "\"/v1/renders/{id}\": {\"get\": " + op("get_render", "getRender", "Renders", JSON_ANSWER) + "}"
        + "}").getAsJsonObject();
    ServiceLayer layer = new ServiceLayer(rules("{"
        + "\"start_render\": {\"service\": {\"job\": {\"call\": \"startRender\", \"poll\": \"get_render\"}}},"
        + "\"get_render\": {\"service\": {\"resume\": {\"call\": \"resume\", \"returns\": \"RenderJob\","
        + " \"impl\": \"RenderJobImpl\"}}}}"));
    layer.apply(paths);

    JsonObject start = service(paths, "/v1/renders", "post");
    assertFalse(start.get("plain").getAsBoolean(), "a job start without a call has no plain method");
    JsonObject job = start.getAsJsonObject("job");
    assertEquals("getRender", job.get("pollMethod").getAsString());
    assertEquals("RenderJob", job.get("returns").getAsString());
    assertEquals("RenderJobImpl", job.get("impl").getAsString());
    assertTrue(start.getAsJsonArray("imports").toString()
        .contains("io.github.xaijava.generated.model.RenderJob"), start.toString());
    assertFalse(service(paths, "/v1/renders/{id}", "get").get("plain").getAsBoolean());
  }

  @Test
  void aRuleNamingAnOperationTheDocumentLacksIsLeftOutWithANote() throws IOException {
    JsonObject paths = JsonParser.parseString("{\"/v1/renders\": {\"post\": "
        + op("start_render", "startRender", "Renders", JSON_ANSWER) + "}}").getAsJsonObject();
    ServiceLayer layer = new ServiceLayer(rules(
        "{\"start_render\": {\"service\": {\"call\": \"start\", \"job\": {\"call\": \"startJob\", \"poll\": \"gone\"}}}}"));
    layer.apply(paths);

    JsonObject service = service(paths, "/v1/renders", "post");
    assertFalse(service.has("job"));
    assertEquals("start", service.get("call").getAsString(), "the plain method stays");
    assertTrue(layer.notes().get(0).contains("gone"), layer.notes().toString());
  }

  @Test
  void aPageMarksItsCursorParameterAndNamesItsAccessors() throws IOException {
    JsonObject paths = JsonParser.parseString("{\"/v1/things\": {\"get\": "
        + op("list_things", "listThings", "Things",
            ", \"parameters\": [{\"name\": \"limit\", \"in\": \"query\"},"
                + " {\"name\": \"after\", \"in\": \"query\"}]" + JSON_ANSWER)
        + "}}").getAsJsonObject();
    ServiceLayer layer = new ServiceLayer(rules("{\"list_things\": {\"service\": {\"page\": "
        + "{\"call\": \"list\", \"params\": \"CursorListParams\", \"item\": \"Thing\", \"items\": \"data\","
        + " \"cursor\": \"after\", \"end\": \"hasMore\", \"next\": \"last_id\", \"more\": \"has_more\"}}}}"));
    layer.apply(paths);

    JsonArray params = paths.getAsJsonObject("/v1/things").getAsJsonObject("get").getAsJsonArray("parameters");
    assertFalse(params.get(0).getAsJsonObject().has("x-xai-cursor"));
    assertTrue(params.get(1).getAsJsonObject().get("x-xai-cursor").getAsBoolean());
    JsonObject page = service(paths, "/v1/things", "get").getAsJsonObject("page");
    assertEquals("lastId", page.get("nextAccessor").getAsString());
    assertEquals("hasMore", page.get("moreAccessor").getAsString());
    assertEquals("data", page.get("itemsAccessor").getAsString());
  }

  @Test
  void aFacadeTypeIsImportedFromItsPackageAndAPartOfAnotherRuleGetsNothing() throws IOException {
    JsonObject paths = JsonParser.parseString("{"
        + "\"/v1/talk\": {\"post\": " + op("talk", "talk", "Talk", JSON_ANSWER) + "},"
        + "\"/v1/talk/one\": {\"get\": " + op("talk_one", "talkOne", "Talk", JSON_ANSWER) + "}"
        + "}").getAsJsonObject();
    ServiceLayer layer = new ServiceLayer(rules("{"
        + "\"talk\": {\"service\": {\"call\": \"create\", \"stream\": {\"call\": \"stream\","
        + " \"returns\": \"ChatStream\", \"event\": \"ChatResponseChunk\", \"decoder\": \"chat\"}}},"
        + "\"talk_one\": {\"service\": {\"partOf\": \"talk\"}}}"));
    layer.apply(paths);

    String imports = service(paths, "/v1/talk", "post").getAsJsonArray("imports").toString();
    assertTrue(imports.contains("\"io.github.xaijava.streaming.ChatStream\""), imports);
    assertTrue(imports.contains("\"io.github.xaijava.generated.model.ChatResponseChunk\""), imports);
    assertTrue(service(paths, "/v1/talk/one", "get").get("skip").getAsBoolean());
    assertTrue(layer.defaults().isEmpty(), layer.defaults().toString());
  }

  @Test
  void aSuccessThatMayComeWithoutABodyIsPending() throws IOException {
    JsonObject paths = JsonParser.parseString("{\"/v1/images/{request_id}\": {\"get\": "
        + op("handle_get_deferred_image_request", "handleGetDeferredImageRequest", "Images",
            ", \"responses\": {\"200\": {\"description\": \"done\", \"content\": "
                + "{\"application/json\": {\"schema\": {\"type\": \"object\"}}}},"
                + " \"202\": {\"description\": \"pending\"}}")
        + "}}").getAsJsonObject();
    new ServiceLayer(rules("{}")).apply(paths);

    JsonObject service = service(paths, "/v1/images/{request_id}", "get");
    assertEquals("getDeferredImage", service.get("call").getAsString());
    assertTrue(service.get("pending").getAsBoolean());
  }

  @Test
  void defaultNamesDropXaisPrefixAndSuffix() {
    assertEquals("getDeferredImage", ServiceLayer.defaultName("handle_get_deferred_image_request"));
    assertEquals("listWidgets", ServiceLayer.defaultName("list_widgets"));
    assertEquals("n2fa", ServiceLayer.defaultName("2fa"), "a Java identifier even from a leading digit");
  }

  @Test
  void rulesForTheSupplementsBehavioursGetTheirAccessorsAndHost() throws IOException {
    JsonObject paths = JsonParser.parseString("{"
        + "\"/v1/batches/{batch_id}\": {\"get\": " + op("handle_get_batch_request", "getBatch", "Batches",
            ", \"parameters\": [{\"name\": \"batch_id\", \"in\": \"path\", \"required\": true}]" + JSON_ANSWER) + "},"
        + "\"/v1/batches/{batch_id}/requests\": {\"post\": " + op("handle_add_request", "addRequests", "Batches",
            ", \"parameters\": [{\"name\": \"batch_id\", \"in\": \"path\", \"required\": true}]" + JSON_ANSWER) + "},"
        + "\"/v1/tts\": {\"post\": " + op("handle_tts_request", "tts", "Voice",
            ", \"responses\": {\"200\": {\"description\": \"audio\", \"content\": {\"audio/mpeg\": {\"schema\": {\"type\": \"string\"}}}}}") + "},"
        + "\"/v1/collections\": {\"post\": " + op("handle_create_collection_request", "createCollection", "Collections",
            ", \"x-xai-host\": \"management\"" + JSON_ANSWER) + "}}").getAsJsonObject();
    new ServiceLayer(rules("{"
        + "\"handle_get_batch_request\": {\"service\": {\"call\": \"retrieve\", \"resume\": {\"call\": \"job\", \"returns\": \"BatchJob\", \"impl\": \"BatchJobImpl\"}}},"
        + "\"handle_add_request\": {\"service\": {\"call\": \"addRequests\", \"split\": {\"items\": \"batch_requests\", \"maxBytes\": 100}}},"
        + "\"handle_tts_request\": {\"service\": {\"download\": {\"call\": \"speak\", \"toPath\": \"speakTo\"},"
        + " \"flagged\": {\"call\": \"speakWithTimestamps\", \"flag\": \"with_timestamps\", \"answer\": \"TimestampedSpeech\"}}}}"))
        .apply(paths);

    JsonObject get = service(paths, "/v1/batches/{batch_id}", "get");
    assertTrue(get.get("plain").getAsBoolean(), "a call beside a resume rule is a plain method too");
    assertEquals("job", get.getAsJsonObject("resume").get("call").getAsString());
    assertEquals("batchRequests", service(paths, "/v1/batches/{batch_id}/requests", "post")
        .getAsJsonObject("split").get("itemsAccessor").getAsString());
    JsonObject tts = service(paths, "/v1/tts", "post");
    assertEquals("withTimestamps", tts.getAsJsonObject("flagged").get("flagSetter").getAsString());
    assertTrue(tts.getAsJsonArray("imports").toString().contains("io.github.xaijava.generated.model.TimestampedSpeech"));
    assertTrue(paths.getAsJsonObject("/v1/collections").getAsJsonObject("post").get("x-xai-management").getAsBoolean());
    assertFalse(paths.getAsJsonObject("/v1/tts").getAsJsonObject("post").has("x-xai-management"));
  }

  @Test
  void anUploadsFieldsBecomeAModelOfTheFormsOtherParts() throws IOException {
    JsonObject document = JsonParser.parseString("{\"openapi\": \"3.1.0\", \"paths\": {\"/v1/stt\": {\"post\": "
        + op("handle_stt_request", "stt", "Voice", ", \"requestBody\": {\"content\": {\"multipart/form-data\":"
            + " {\"schema\": {\"$ref\": \"#/components/schemas/SttForm\"}}}}" + JSON_ANSWER)
        + "}}, \"components\": {\"schemas\": {\"SttForm\": {\"type\": \"object\", \"properties\": {"
        + "\"language\": {\"type\": \"string\"}, \"keyterm\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}},"
        + "\"file\": {\"type\": \"string\", \"format\": \"binary\"}}}}}}").getAsJsonObject();
    ShapingContext context = ShapingContext.open(document, rules(
        "{\"handle_stt_request\": {\"service\": {\"call\": \"transcribe\", \"upload\": {\"fields\": \"SttOptions\"}}}}"));
    new ServiceLayer(context.rules()).apply(context);

    JsonObject fields = document.getAsJsonObject("components").getAsJsonObject("schemas").getAsJsonObject("SttOptions");
    assertEquals(java.util.Set.of("language", "keyterm"), fields.getAsJsonObject("properties").keySet());
    JsonObject upload = service(document.getAsJsonObject("paths"), "/v1/stt", "post").getAsJsonObject("upload");
    assertEquals("SttOptions", upload.get("options").getAsString());
  }

  @Test
  void anIdBeforeACustomVerbIsSentEncoded() throws IOException {
    JsonObject document = JsonParser.parseString("{\"openapi\": \"3.1.0\", \"paths\": {"
        + "\"/v1/batches/{batch_id}:cancel\": {\"post\": {\"parameters\": [{\"name\": \"batch_id\", \"in\": \"path\"}]}},"
        + "\"/v1/batches/{batch_id}\": {\"get\": {\"parameters\": [{\"name\": \"batch_id\", \"in\": \"path\"}]}}}}")
        .getAsJsonObject();
    new CustomVerbs(ShapingContext.open(document, rules("{}"))).apply();
    JsonObject paths = document.getAsJsonObject("paths");
    assertTrue(paths.getAsJsonObject("/v1/batches/{batch_id}:cancel").getAsJsonObject("post")
        .getAsJsonArray("parameters").get(0).getAsJsonObject().get("x-xai-encoded").getAsBoolean());
    assertFalse(paths.getAsJsonObject("/v1/batches/{batch_id}").getAsJsonObject("get")
        .getAsJsonArray("parameters").get(0).getAsJsonObject().has("x-xai-encoded"));
  }
}
