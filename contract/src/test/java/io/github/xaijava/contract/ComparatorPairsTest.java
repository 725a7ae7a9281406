package io.github.xaijava.contract;

import static io.github.xaijava.contract.TestDocuments.assertCounts;
import static io.github.xaijava.contract.TestDocuments.only;
import static io.github.xaijava.contract.TestDocuments.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One hand-written pair of documents per kind of change (test resources {@code pairs/}). */
class ComparatorPairsTest {

  @Test
  void removedResponsePropertyBreaks() {
    ContractReport report = pair("removed-response-property");
    Change change = only(report, "Thing.name");
    assertEquals(Change.Kind.REMOVED, change.kind());
    assertTrue(change.breaking());
    assertEquals("response", change.side());
    assertTrue(change.impact().contains("no longer sends `Thing.name`"), change.impact());
    assertCounts(report, 0, 0, 1);
  }

  @Test
  void newRequiredRequestPropertyBreaks() {
    ContractReport report = pair("new-required-request-property");
    Change change = only(report, "ThingRequest.size");
    assertEquals(Change.Kind.ADDED, change.kind());
    assertTrue(change.breaking());
    assertEquals("request", change.side());
    assertTrue(change.impact().contains("requests without it will be rejected"), change.impact());
    assertCounts(report, 0, 0, 1);
  }

  @Test
  void nullRemovedBreaksOnlyOnTheRequestSide() {
    ContractReport report = pair("null-removed-request-and-response");
    Change request = only(report, "ThingRequest.label");
    assertTrue(request.breaking());
    assertEquals("request", request.side());
    assertTrue(request.what().contains("`string or null` → `string`"), request.what());
    assertTrue(request.impact().contains("no longer accepts null"), request.impact());
    Change response = only(report, "Thing.label");
    assertFalse(response.breaking(), "a value that is never null any more breaks no reader");
    assertEquals("response", response.side());
    assertCounts(report, 0, 1, 1);
  }

  @Test
  void newUnionFormIsAnAdditionOnBothSides() {
    ContractReport report = pair("new-oneof-form");
    Change output = only(report, "Output");
    assertEquals(Change.Kind.ADDED, output.kind());
    assertFalse(output.breaking());
    assertTrue(output.what().contains("form `c` added"), output.what());
    assertTrue(output.what().contains("unknown form"), output.what());
    Change input = only(report, "Input");
    assertEquals(Change.Kind.ADDED, input.kind());
    assertFalse(input.breaking());
    assertTrue(input.what().contains("form `Blob` added"), input.what());
    assertEquals(Change.Kind.ADDED, only(report, "Blob").kind());
    assertCounts(report, 3, 0, 0);
  }

  @Test
  void newEnumValueBreaksNeitherSide() {
    ContractReport report = pair("new-enum-value");
    assertEquals("value `\"max\"` added", only(report, "ThingRequest.effort").what());
    assertEquals("value `\"max\"` added", only(report, "Thing.tier").what());
    assertCounts(report, 2, 0, 0);
  }

  @Test
  void removedOperationBreaks() {
    ContractReport report = pair("removed-operation");
    Change change = only(report, "GET /v1/things/{thing_id}");
    assertEquals(Change.Kind.REMOVED, change.kind());
    assertTrue(change.breaking());
    assertTrue(change.impact().contains("calls to it will fail"), change.impact());
    assertCounts(report, 0, 0, 1);
  }

  @Test
  void newOperationIsAnAddition() {
    ContractReport report = pair("new-operation");
    Change change = only(report, "GET /v1/things/{thing_id}");
    assertEquals(Change.Kind.ADDED, change.kind());
    assertFalse(change.breaking());
    assertCounts(report, 1, 0, 0);
  }

  @Test
  void widenedResponseTypesBreak() {
    ContractReport report = pair("widened-response-type");
    Change count = only(report, "Thing.count");
    assertTrue(count.breaking());
    assertEquals("type `integer` → `integer or string`", count.what());
    // $ref -> oneOf [null, $ref]: the same component, now nullable.
    Change owner = only(report, "Thing.owner");
    assertTrue(owner.breaking());
    assertEquals("may now be null (`Owner` → `Owner or null`)", owner.what());
    assertTrue(owner.impact().contains("may now be null"), owner.impact());
    assertCounts(report, 0, 0, 2);
  }

  @Test
  void narrowedRequestTypesBreak() {
    ContractReport report = pair("narrowed-request-type");
    Change size = only(report, "ThingRequest.size");
    assertTrue(size.breaking());
    assertEquals("type `number` → `integer`", size.what());
    Change tags = only(report, "ThingRequest.tags");
    assertTrue(tags.breaking());
    assertTrue(tags.what().startsWith("no longer a union"), tags.what());
    Change name = only(report, "ThingRequest.name");
    assertTrue(name.breaking());
    assertEquals("maxLength none → 64", name.what());
    assertCounts(report, 0, 0, 3);
  }

  @Test
  void enumValueRemovedBreaksRequestsOnly() {
    ContractReport report = pair("enum-value-removed-from-request");
    Change request = only(report, "ThingRequest.effort");
    assertEquals(Change.Kind.REMOVED, request.kind());
    assertTrue(request.breaking());
    assertTrue(request.impact().contains("no longer accepts `\"max\"`"), request.impact());
    assertFalse(only(report, "Thing.tier").breaking(), "a value no longer sent breaks no reader");
    assertCounts(report, 0, 1, 1);
  }

  @Test
  void becomingAUnionBreaksBothSides() {
    ContractReport report = pair("becomes-union");
    Change change = only(report, "Output.output");
    assertTrue(change.breaking());
    assertEquals("request and response", change.side());
    assertEquals("now a union: `string` → `Content`", change.what());
    assertTrue(change.impact().startsWith("In requests: "), change.impact());
    assertTrue(change.impact().contains("still accepted on the wire"), change.impact());
    assertTrue(change.impact().contains("In responses: "), change.impact());
    assertEquals(Change.Kind.ADDED, only(report, "Content").kind());
    assertCounts(report, 1, 0, 1);
  }

  @Test
  void threeSpellingsOfNullableAreTheSame() {
    ContractReport report = pair("nullable-spellings");
    assertCounts(report, 0, 0, 0);
  }

  @Test
  void reportListsBreakingChangesFirstWithTheirSentence() {
    ContractReport report = pair("becomes-union");
    String markdown = report.toMarkdown();
    assertTrue(markdown.contains("**1 added, 0 changed, 1 breaking**"), markdown);
    int breaking = markdown.indexOf("## Breaking for a client (1)");
    int added = markdown.indexOf("## Added (1)");
    assertTrue(breaking > 0 && added > breaking, markdown);
    assertTrue(markdown.contains("1. `Output.output` (request and response): now a union"), markdown);
    assertTrue(markdown.contains("| `Content` | request and response | schema added |"), markdown);
  }
}
