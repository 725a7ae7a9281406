package io.github.xaijava.contract;

import static io.github.xaijava.contract.TestDocuments.assertCounts;
import static io.github.xaijava.contract.TestDocuments.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Parameters, bodies, media types, formats and limits, on small inline documents. */
class OperationAndLimitChangesTest {

  private static OpenApiDocument doc(String paths, String schemas) {
    String json = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{" + paths
        + "},\"components\":{\"schemas\":{" + schemas + "}}}";
    try {
      return OpenApiDocument.parse(json.getBytes(StandardCharsets.UTF_8), "inline");
    } catch (UnusableDocumentException e) {
      throw new AssertionError(e);
    }
  }

  private static String list(String parameters) {
    return "\"/v1/things/{thing_id}\":{\"get\":{\"parameters\":[" + parameters + "],"
        + "\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":"
        + "{\"schema\":{\"$ref\":\"#/components/schemas/Thing\"}}}}}}}";
  }

  private static final String PATH_ID =
      "{\"name\":\"thing_id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}";

  @Test
  void parameters() {
    String thing = "\"Thing\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}";
    OpenApiDocument before = doc(list(PATH_ID + ",{\"name\":\"limit\",\"in\":\"query\",\"schema\":{\"type\":\"integer\"}},"
        + "{\"name\":\"order\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}}"), thing);
    // The path parameter is renamed (same position: the same parameter), limit becomes required,
    // order is gone, expand is new and optional, cursor is new and required.
    OpenApiDocument after = doc(list(PATH_ID.replace("thing_id", "id")
        + ",{\"name\":\"limit\",\"in\":\"query\",\"required\":true,\"schema\":{\"type\":\"integer\"}},"
        + "{\"name\":\"expand\",\"in\":\"query\",\"schema\":{\"type\":\"boolean\"}},"
        + "{\"name\":\"cursor\",\"in\":\"query\",\"required\":true,\"schema\":{\"type\":\"string\"}}")
        .replace("{thing_id}", "{id}"), thing);
    ContractReport report = ContractComparator.compare(before, after);
    assertTrue(only(report, "GET /v1/things/{id} query parameter limit").breaking());
    assertTrue(only(report, "GET /v1/things/{id} query parameter order").breaking());
    assertFalse(only(report, "GET /v1/things/{id} query parameter expand").breaking());
    assertTrue(only(report, "GET /v1/things/{id} query parameter cursor").breaking());
    assertCounts(report, 1, 0, 3);
  }

  private static String post(String body, String response) {
    return "\"/v1/things\":{\"post\":{" + body + "\"responses\":{\"200\":{\"description\":\"ok\""
        + response + "}}}}";
  }

  @Test
  void requestBodiesAndMediaTypes() {
    String thing = "\"Thing\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}";
    String json = ",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Thing\"}}}";
    OpenApiDocument noBody = doc(post("", json), thing);
    OpenApiDocument requiredBody = doc(post("\"requestBody\":{\"required\":true" + json + "},", json), thing);
    OpenApiDocument noAnswerBody = doc(post("\"requestBody\":{\"required\":true" + json + "},", ""), thing);

    Change added = only(ContractComparator.compare(noBody, requiredBody), "POST /v1/things request");
    assertTrue(added.breaking());
    assertEquals("required request body added", added.what());
    assertTrue(only(ContractComparator.compare(requiredBody, noBody), "POST /v1/things request").breaking());
    Change answer = only(ContractComparator.compare(requiredBody, noAnswerBody),
        "POST /v1/things response 200 application/json");
    assertTrue(answer.breaking());
    assertTrue(answer.impact().contains("no longer answers with `application/json`"), answer.impact());
  }

  private static OpenApiDocument thingWith(String idSchema) {
    return doc(post("\"requestBody\":{\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/In\"}}}},",
            ",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Out\"}}}"),
        "\"In\":{\"type\":\"object\",\"properties\":{\"n\":" + idSchema + "}},"
            + "\"Out\":{\"type\":\"object\",\"properties\":{\"n\":" + idSchema + "}}");
  }

  @Test
  void widerFormatsBreakReadersAndNarrowerOnesBreakSenders() {
    ContractReport wider = ContractComparator.compare(thingWith("{\"type\":\"integer\",\"format\":\"int32\"}"),
        thingWith("{\"type\":\"integer\",\"format\":\"int64\"}"));
    assertFalse(only(wider, "In.n").breaking());
    assertTrue(only(wider, "Out.n").breaking());
    ContractReport narrower = ContractComparator.compare(thingWith("{\"type\":\"integer\",\"format\":\"int64\"}"),
        thingWith("{\"type\":\"integer\",\"format\":\"int32\"}"));
    assertTrue(only(narrower, "In.n").breaking());
    assertFalse(only(narrower, "Out.n").breaking());
  }

  @Test
  void limitsBindSendersOnlyAndOnlyWhenTighter() {
    ContractReport tighter = ContractComparator.compare(
        thingWith("{\"type\":\"integer\",\"minimum\":0,\"maximum\":10,\"default\":1}"),
        thingWith("{\"type\":\"integer\",\"minimum\":1,\"maximum\":5,\"default\":2}"));
    assertEquals(3, TestDocuments.at(tighter, "In.n").size());
    assertEquals(2, TestDocuments.at(tighter, "In.n").stream().filter(Change::breaking).count(),
        "minimum 0 → 1 and maximum 10 → 5 refuse requests; a new default does not");
    assertTrue(TestDocuments.at(tighter, "Out.n").stream().noneMatch(Change::breaking));

    ContractReport looser = ContractComparator.compare(
        thingWith("{\"type\":\"integer\",\"minimum\":1,\"maximum\":5}"),
        thingWith("{\"type\":\"integer\",\"minimum\":0}"));
    assertFalse(looser.hasBreaking(), looser.changes()::toString);
    assertCounts(looser, 0, 4, 0);
  }

  @Test
  void anUnrelatedTypeBreaksBothSides() {
    ContractReport report = ContractComparator.compare(thingWith("{\"type\":\"string\"}"),
        thingWith("{\"type\":\"boolean\"}"));
    assertTrue(only(report, "In.n").breaking());
    assertTrue(only(report, "Out.n").breaking());
    assertEquals("type `string` → `boolean`", only(report, "Out.n").what());
  }
}
