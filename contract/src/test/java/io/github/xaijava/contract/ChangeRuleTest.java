package io.github.xaijava.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xaijava.contract.ChangeRule.Verdict;
import io.github.xaijava.contract.WireSides.Side;
import io.github.xaijava.contract.WireSides.Sides;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The breaking-change policy table: complete (written out as {@code target/change-rules.md} for
 * review), and a few of its decisions asserted directly.
 */
class ChangeRuleTest {

  /** Every name a rule's texts may use; the comparison code supplies each where it records. */
  private static final Set<String> NAMES = Set.of("where", "operation", "mediaType", "was", "now",
      "form", "values", "keyword", "flag", "schema");
  private static final Pattern NAME = Pattern.compile("\\{([^}]*)}");
  private static final Sides BOTH = new Sides(Set.of(Side.REQUEST, Side.RESPONSE), false);
  private static final Sides UNUSED = new Sides(Set.of(), false);

  @Test
  void everyRuleDecidesEverySideAndSaysWhyItBreaks() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> rows = new HashSet<>();
    for (ChangeRule rule : ChangeRule.values()) {
      if (rule.kind() == null || rule.what() == null || rule.what().isBlank()) {
        problems.add(rule + ": no kind or no words for the change");
        continue;
      }
      check(rule, "what", rule.what(), problems);
      boolean appliesSomewhere = false;
      for (Side side : Side.values()) {
        Verdict verdict = rule.on(side);
        if (verdict == null) {
          problems.add(rule + ": no decision in " + side);
          continue;
        }
        appliesSomewhere |= verdict.applies();
        if (verdict.breaking()) {
          check(rule, side.toString(), verdict.sentence(), problems);
          if (!verdict.sentence().endsWith(".") || !verdict.sentence().contains("`{")) {
            problems.add(rule + " in " + side + ": the sentence should name the position and end"
                + " with a period: " + verdict.sentence());
          }
        }
      }
      if (!appliesSomewhere) {
        problems.add(rule + ": applies on no side");
      }
      if (rule.breaking(UNUSED)) {
        problems.add(rule + ": breaks on a schema no operation reaches");
      }
      if (!rows.add(rule.kind() + "|" + rule.what() + "|" + rule.on(Side.REQUEST) + "|"
          + rule.on(Side.RESPONSE))) {
        problems.add(rule + ": the same row as another rule");
      }
    }
    String table = table();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "change-rules.md"), table, StandardCharsets.UTF_8);
    assertEquals(List.of(), problems, table);
  }

  private static void check(ChangeRule rule, String column, String text, List<String> problems) {
    Matcher names = NAME.matcher(text);
    while (names.find()) {
      if (!NAMES.contains(names.group(1))) {
        problems.add(rule + " (" + column + "): unknown name {" + names.group(1) + "}");
      }
    }
    if (text.indexOf('{') >= 0 && text.chars().filter(c -> c == '{').count()
        != text.chars().filter(c -> c == '}').count()) {
      problems.add(rule + " (" + column + "): unbalanced braces");
    }
  }

  /** The policy as a Markdown table: one row per rule, one column per side of the wire. */
  private static String table() {
    StringBuilder md = new StringBuilder("# Change rules\n\n");
    md.append("| rule | kind | change | in requests | in responses |\n|---|---|---|---|---|\n");
    for (ChangeRule rule : ChangeRule.values()) {
      md.append("| ").append(rule).append(" | ").append(rule.kind()).append(" | ")
          .append(cell(rule.what())).append(" | ").append(cell(rule.on(Side.REQUEST)))
          .append(" | ").append(cell(rule.on(Side.RESPONSE))).append(" |\n");
    }
    return md.toString();
  }

  private static String cell(Verdict verdict) {
    if (!verdict.applies()) {
      return "—";
    }
    return verdict.breaking() ? "**breaks**: " + cell(verdict.sentence()) : "safe";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  @Test
  void aRemovedPropertyBreaksBothSidesEachWithItsOwnSentence() {
    Change change = ChangeRule.PROPERTY_REMOVED.at("Thing.name", BOTH, BOTH.label());
    assertEquals(Change.Kind.REMOVED, change.kind());
    assertTrue(change.breaking());
    assertEquals("request and response", change.side());
    assertEquals("property removed", change.what());
    assertEquals("In requests: `Thing.name` is no longer accepted: requests that set it may be"
        + " rejected or have it ignored, and its builder method disappears when the client is"
        + " regenerated. In responses: xAI no longer sends `Thing.name`: code that reads it gets"
        + " nothing, and its accessor disappears when the client is regenerated.", change.impact());
  }

  @Test
  void aNewRequiredPropertyBreaksOnlyWhatTheClientSends() {
    assertTrue(ChangeRule.REQUIRED_PROPERTY_ADDED.on(Side.REQUEST).breaking());
    assertFalse(ChangeRule.REQUIRED_PROPERTY_ADDED.on(Side.RESPONSE).breaking());
    Change read = ChangeRule.REQUIRED_PROPERTY_ADDED.at("Thing.size", Sides.RESPONSE, "response");
    assertFalse(read.breaking());
    assertEquals("", read.impact());
    Change sent = ChangeRule.REQUIRED_PROPERTY_ADDED.at("Thing.size", Sides.REQUEST, "request");
    assertEquals("`Thing.size` is new and required: requests without it will be rejected, so every"
        + " caller must set it.", sent.impact());
  }

  @Test
  void nullBreaksOnlyWhatTheClientReads() {
    Change change = ChangeRule.NOW_NULLABLE.at("Thing.label", BOTH, BOTH.label(),
        "was", "string", "now", "string");
    assertTrue(change.breaking());
    assertEquals("may now be null (`string` → `string or null`)", change.what());
    assertTrue(change.impact().startsWith("`Thing.label` may now be null"), change.impact());
    assertFalse(ChangeRule.NO_LONGER_NULLABLE.at("Thing.label", Sides.RESPONSE, "response",
        "was", "string", "now", "string").breaking());
  }

  @Test
  void oneSentenceForBothSidesIsGivenOnce() {
    Change change = ChangeRule.TYPE_CHANGED.at("Thing.id", BOTH, BOTH.label(),
        "was", "string", "now", "integer");
    assertEquals("`Thing.id` changed from `string` to `integer`: code that sets or reads it as"
        + " `string` no longer works.", change.impact());
  }

  @Test
  void nothingBreaksOnASchemaNoOperationReaches() {
    Change change = ChangeRule.PROPERTY_REMOVED.at("Orphan.name", UNUSED, UNUSED.label());
    assertFalse(change.breaking());
    assertEquals("unused", change.side());
    assertEquals("response (no operation)",
        new Sides(Set.of(Side.RESPONSE), true).label());
  }

  @Test
  void additionsNeverBreak() {
    for (ChangeRule rule : List.of(ChangeRule.PROPERTY_ADDED, ChangeRule.ENUM_VALUE_ADDED,
        ChangeRule.FORM_ADDED_READ_AS_UNKNOWN, ChangeRule.OPERATION_ADDED,
        ChangeRule.SCHEMA_ADDED)) {
      for (Side side : Side.values()) {
        assertFalse(rule.on(side).breaking(), rule + " in " + side);
      }
    }
  }

  @Test
  void anOperationRuleIsRecordedOnlyOnItsOwnSide() {
    assertThrows(IllegalStateException.class,
        () -> ChangeRule.PARAMETER_REMOVED.at("GET /v1/things query parameter order",
            Sides.RESPONSE, ""));
    assertThrows(IllegalStateException.class,
        () -> ChangeRule.RESPONSE_REMOVED.at("GET /v1/things response 404", Sides.REQUEST, ""));
  }

  @Test
  void valuesAreNotReadForNames() {
    Change change = ChangeRule.PARAMETER_REMOVED.at(
        "GET /v1/files/{file_id} path parameter file_id", Sides.REQUEST, "");
    assertEquals("`GET /v1/files/{file_id} path parameter file_id` is gone: calls that pass it may"
        + " be rejected or have it ignored, and the generated method loses the parameter.",
        change.impact());
  }

  @Test
  void aMissingValueIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChangeRule.TYPE_NARROWED.at("Thing.id", Sides.REQUEST, "request", "was", "number"));
    assertNotNull(e.getMessage());
    assertTrue(e.getMessage().contains("{now}"), e.getMessage());
  }
}
