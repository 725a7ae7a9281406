package io.github.xaijava.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplementTest {

  private static JsonObject json(String text) {
    return JsonParser.parseString(text.replace('\'', '"')).getAsJsonObject();
  }

  private static final String XAI = "{'paths':{'/v1/images/generations':{'post':{'operationId':'gen',"
      + "'requestBody':{'content':{'application/json':{'schema':{'$ref':'#/components/schemas/Gen'}}}}}}},"
      + "'components':{'schemas':{'Gen':{'type':'object','properties':{'prompt':{'type':'string'}}},"
      + "'Shared':{'type':'string'}}}}";

  private static final String OURS = "{'x-xai-extends':{'Gen':{'properties':{'deferred':{'type':'boolean'}}},"
      + "'Missing':{'properties':{'x':{'type':'string'}}}},"
      + "'paths':{'/v1/images/{request_id}':{'parameters':[{'name':'request_id','in':'path'}],"
      + "'get':{'operationId':'poll','responses':{'200':{'content':{'application/json':"
      + "{'schema':{'$ref':'#/components/schemas/Deferred'}}}}}}},"
      + "'/v1/batches':{'post':{'operationId':'batch','responses':{'200':{'content':{'application/json':"
      + "{'schema':{'$ref':'#/components/schemas/Batch'}}}}}}}},"
      + "'components':{'schemas':{'Deferred':{'type':'object','properties':{'e':{'$ref':'#/components/schemas/DeferredError'}}},"
      + "'DeferredError':{'type':'object'},'Batch':{'type':'object'},'Shared':{'type':'integer'}}}}";

  @Test
  void mergeAddsWhatXaiLacksAndMarksIt() {
    JsonObject xai = json(XAI);
    JsonObject merged = Supplement.merge(xai, json(OURS));
    assertEquals(3, Operations.of(merged).size());
    JsonObject poll = merged.getAsJsonObject("paths").getAsJsonObject("/v1/images/{request_id}");
    assertEquals("supplement", poll.getAsJsonObject("get").get(Supplement.MARK).getAsString());
    assertTrue(poll.has("parameters"), "path-level parameters come along");
    JsonObject schemas = merged.getAsJsonObject("components").getAsJsonObject("schemas");
    assertTrue(schemas.has("Batch") && schemas.has("Deferred"));
    assertEquals("string", schemas.getAsJsonObject("Shared").get("type").getAsString(), "xAI's schema wins");
    assertTrue(schemas.getAsJsonObject("Gen").getAsJsonObject("properties").has("deferred"));
    assertFalse(schemas.has("Missing"), "an extension of a schema xAI lacks adds nothing");
    assertFalse(xai.getAsJsonObject("paths").has("/v1/batches"), "the arguments stay as they were");
    assertFalse(xai.getAsJsonObject("components").getAsJsonObject("schemas").getAsJsonObject("Gen")
        .getAsJsonObject("properties").has("deferred"));
  }

  @Test
  void whatXaiCarriesIsRetiredAndPrunedWithTheSchemasOnlyItUsed() {
    // xAI's newer document: the deferred poll (by path) and the deferred flag.
    JsonObject newer = json(XAI);
    newer.getAsJsonObject("paths").add("/v1/images/{request_id}",
        json("{'get':{'operationId':'xai_poll','responses':{}}}"));
    newer.getAsJsonObject("components").getAsJsonObject("schemas").getAsJsonObject("Gen")
        .getAsJsonObject("properties").add("deferred", json("{'type':'boolean'}"));
    JsonObject ours = json(OURS);

    assertEquals(List.of(new Supplement.Entry("operation", "GET /v1/images/{request_id}"),
        new Supplement.Entry("property", "Gen.deferred")), Supplement.retired(newer, ours));

    Supplement.Pruned pruned = Supplement.prune(newer, ours);
    JsonObject left = pruned.supplement();
    assertFalse(left.getAsJsonObject("paths").has("/v1/images/{request_id}"));
    assertTrue(left.getAsJsonObject("paths").has("/v1/batches"));
    JsonObject schemas = left.getAsJsonObject("components").getAsJsonObject("schemas");
    assertFalse(schemas.has("Deferred") || schemas.has("DeferredError") || schemas.has("Shared"));
    assertTrue(schemas.has("Batch"));
    assertFalse(left.getAsJsonObject(Supplement.EXTENDS).has("Gen"));
    assertTrue(pruned.removed().contains(new Supplement.Entry("schema", "DeferredError")));
    // Pruning again finds nothing more: the update is idempotent.
    assertTrue(Supplement.prune(newer, left).removed().stream()
        .noneMatch(e -> e.kind().equals("operation") || e.kind().equals("property")));
  }

  @Test
  void theSameOperationIdElsewhereAlsoCounts() {
    JsonObject newer = json(XAI);
    newer.getAsJsonObject("paths").add("/v2/batches", json("{'post':{'operationId':'batch'}}"));
    assertEquals(List.of(new Supplement.Entry("operation", "POST /v1/batches")),
        Supplement.retired(newer, json(OURS)));
  }

  @Test
  void whatRefersToASchemaAnOlderDocumentLacksIsLeftOut() {
    JsonObject older = json("{'paths':{},'components':{'schemas':{'Chat':{'type':'object'}}}}");
    JsonObject ours = json("{'paths':{'/v1/batches':{'post':{'operationId':'b','responses':{'200':{'content':"
        + "{'application/json':{'schema':{'$ref':'#/components/schemas/Body'}}}}}}},"
        + "'/v1/videos/x':{'get':{'operationId':'v','responses':{'200':{'content':"
        + "{'application/json':{'schema':{'$ref':'#/components/schemas/Video'}}}}}}}},"
        + "'components':{'schemas':{'Body':{'type':'object','required':['video'],'properties':{"
        + "'chat':{'$ref':'#/components/schemas/Chat'},'video':{'$ref':'#/components/schemas/Video'},"
        + "'videos':{'type':'array','items':{'$ref':'#/components/schemas/Video'}}}}}}}");
    JsonObject merged = Supplement.merge(older, ours);
    JsonObject body = merged.getAsJsonObject("components").getAsJsonObject("schemas").getAsJsonObject("Body");
    assertEquals(java.util.Set.of("chat"), body.getAsJsonObject("properties").keySet());
    assertEquals(0, body.getAsJsonArray("required").size());
    assertTrue(merged.getAsJsonObject("paths").has("/v1/batches"));
    assertFalse(merged.getAsJsonObject("paths").has("/v1/videos/x"), "its answer is a schema xAI lacks");
  }
}
