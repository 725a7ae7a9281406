package io.github.xaijava.contract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line behind {@code scripts/contract-check.sh} and {@code scripts/update-spec.sh}.
 *
 * <pre>
 * check  OURS OTHER  [--report FILE]   compare only; writes nothing but the report
 * update OURS SOURCE [--report FILE]   write OURS anew: SOURCE's structure, our words
 * </pre>
 *
 * OTHER and SOURCE are file paths or {@code https://} URLs. Prints the one-line summary
 * ({@code N added, M changed, K breaking}). Exit status: 0 nothing breaks, 1 something breaks a
 * client, 2 unusable input (one line on stderr saying why; OURS is left as it was).
 */
public final class ContractMain {

  static final int OK = 0;
  static final int BREAKING = 1;
  static final int UNUSABLE = 2;

  private ContractMain() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> positional = new ArrayList<>();
    Path report = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--report")) {
        if (i + 1 >= args.length || args[i + 1].isBlank()) {
          err.println("--report needs a file");
          return UNUSABLE;
        }
        report = Path.of(args[++i]);
      } else if (!args[i].isEmpty()) {
        positional.add(args[i]);
      }
    }
    if (positional.size() != 3 || !List.of("check", "update").contains(positional.get(0))) {
      err.println("usage: check OURS OTHER [--report FILE] | update OURS SOURCE [--report FILE]"
          + " (got " + Arrays.toString(args) + ")");
      return UNUSABLE;
    }
    try {
      return positional.get(0).equals("check")
          ? check(positional.get(1), positional.get(2), report, out)
          : update(Path.of(positional.get(1)), positional.get(2), report, out);
    } catch (UnusableDocumentException e) {
      err.println(e.getMessage());
      return UNUSABLE;
    } catch (IOException e) {
      err.println("cannot write: " + e.getMessage());
      return UNUSABLE;
    }
  }

  private static int check(String ours, String other, Path report, PrintStream out)
      throws UnusableDocumentException, IOException {
    ContractReport result = ContractComparator.compare(
        OpenApiDocument.read(ours).named(Path.of(ours).getFileName().toString()),
        OpenApiDocument.read(other));
    if (report != null) {
      JsonFiles.writeAtomically(report, result.toMarkdown());
    }
    out.println(result.summary());
    return result.hasBreaking() ? BREAKING : OK;
  }

  private static int update(Path ours, String source, Path report, PrintStream out)
      throws UnusableDocumentException, IOException {
    OpenApiDocument current = OpenApiDocument.read(ours).named(ours.getFileName().toString());
    OpenApiDocument incoming = OpenApiDocument.read(source);
    UpdateResult result = update(current, incoming);
    byte[] before = Files.readAllBytes(ours);
    boolean changed = !Arrays.equals(before, result.text().getBytes(StandardCharsets.UTF_8));
    if (changed) {
      JsonFiles.writeAtomically(ours, result.text());
    }
    if (report != null) {
      JsonFiles.writeAtomically(report, result.report().toMarkdown());
    }
    out.println(result.report().summary());
    out.println(changed ? ours + " rewritten; " + result.report().thingsToDescribe()
        + " new things need a description (see the report)" : ours + " unchanged");
    return result.report().hasBreaking() ? BREAKING : OK;
  }

  /** The merged document's text and the report of what it changes, for {@code ours}. */
  record UpdateResult(String text, ContractReport report) {
  }

  static UpdateResult update(OpenApiDocument ours, OpenApiDocument source) throws UnusableDocumentException {
    SpecMerger.Result merged = SpecMerger.merge(ours, source);
    String text = JsonFiles.pretty(merged.document());
    // Read back what will be written, so the report describes exactly that document.
    OpenApiDocument written = OpenApiDocument.parse(text.getBytes(StandardCharsets.UTF_8), source.name());
    ContractReport report = ContractComparator.compare(ours, written)
        .withNeedsDescription(merged.needsDescription(), merged.thingsToDescribe());
    return new UpdateResult(text, report);
  }
}
