package io.github.xaijava.contract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What changes for a client between two versions of the document: every {@link Change}, a
 * one-line summary and the Markdown report (breaking changes first, one sentence each).
 */
public final class ContractReport {

  private final String older;
  private final String newer;
  private final List<Change> changes;
  private final List<String> needsDescription;
  private final int thingsToDescribe;

  ContractReport(String older, String newer, List<Change> changes, List<String> needsDescription,
      int thingsToDescribe) {
    this.older = older;
    this.newer = newer;
    this.changes = List.copyOf(changes);
    this.needsDescription = List.copyOf(needsDescription);
    this.thingsToDescribe = thingsToDescribe;
  }

  /** Every change, in the order found (operations, then schemas). */
  public List<Change> changes() {
    return changes;
  }

  /** The changes that may break a caller. */
  public List<Change> breaking() {
    return changes.stream().filter(Change::breaking).collect(Collectors.toUnmodifiableList());
  }

  public boolean hasBreaking() {
    return changes.stream().anyMatch(Change::breaking);
  }

  /**
   * Things new in the merged document that have none of our words yet (update-spec only), one
   * line per schema or operation.
   */
  public List<String> needsDescription() {
    return needsDescription;
  }

  /** How many things (schemas, properties, operations, parameters) need a description. */
  public int thingsToDescribe() {
    return thingsToDescribe;
  }

  ContractReport withNeedsDescription(List<String> lines, int count) {
    return new ContractReport(older, newer, changes, lines, count);
  }

  public long added() {
    return changes.stream().filter(c -> !c.breaking() && c.kind() == Change.Kind.ADDED).count();
  }

  public long changed() {
    return changes.stream().filter(c -> !c.breaking() && c.kind() != Change.Kind.ADDED).count();
  }

  /** {@code N added, M changed, K breaking}. */
  public String summary() {
    return added() + " added, " + changed() + " changed, " + breaking().size() + " breaking";
  }

  /** The report in Markdown. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Contract report\n\n");
    md.append("From `").append(older).append("` to `").append(newer).append("`: **")
        .append(summary()).append("**.\n\n");
    md.append("Breaking means a caller written against the first document may fail against the "
        + "second: a request it sends may be refused, or an answer may not read as its code "
        + "expects. Request-side changes concern what the client sends, response-side ones what "
        + "it reads.\n");

    List<Change> breaking = breaking();
    md.append("\n## Breaking for a client (").append(breaking.size()).append(")\n\n");
    if (breaking.isEmpty()) {
      md.append("None.\n");
    }
    int n = 1;
    for (Change change : breaking) {
      md.append(n++).append(". `").append(change.where()).append('`');
      if (!change.side().isEmpty()) {
        md.append(" (").append(change.side()).append(')');
      }
      md.append(": ").append(change.what()).append(". ").append(change.impact()).append('\n');
    }
    table(md, "Changed", changes.stream()
        .filter(c -> !c.breaking() && c.kind() != Change.Kind.ADDED).collect(Collectors.toList()));
    table(md, "Added", changes.stream()
        .filter(c -> !c.breaking() && c.kind() == Change.Kind.ADDED).collect(Collectors.toList()));

    if (!needsDescription.isEmpty()) {
      md.append("\n## Needs a description (").append(thingsToDescribe).append(")\n\n");
      md.append("New in this version and without words of ours yet. Write them in `openapi.json`"
          + " (xAI's own text is never copied); they are kept from then on.\n\n");
      for (String line : needsDescription) {
        md.append("- ").append(line).append('\n');
      }
    }
    return md.toString();
  }

  private static void table(StringBuilder md, String title, List<Change> rows) {
    md.append("\n## ").append(title).append(" (").append(rows.size()).append(")\n\n");
    if (rows.isEmpty()) {
      md.append("None.\n");
      return;
    }
    md.append("| where | side | change |\n|---|---|---|\n");
    for (Change change : rows) {
      md.append("| `").append(cell(change.where())).append("` | ").append(cell(change.side()))
          .append(" | ").append(cell(change.what())).append(" |\n");
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
