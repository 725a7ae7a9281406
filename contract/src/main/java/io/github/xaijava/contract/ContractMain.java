package io.github.xaijava.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.xaijava.openapi.Supplement;
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
 * merge-patch BASE PATCH OUT          write OUT: BASE with the JSON merge patch PATCH (RFC 7386)
 * </pre>
 *
 * OTHER and SOURCE are file paths or {@code https://} URLs. Prints the one-line summary
 * ({@code N added, M changed, K breaking}). Exit status: 0 nothing breaks, 1 something breaks a
 * client, 2 unusable input (one line on stderr saying why; OURS is left as it was).
 *
 * <p>{@code merge-patch} takes three files (BASE and PATCH JSON, OUT in the layout of our
 * document); it checks nothing about OpenAPI, so that a test can build any document from ours.
 * Exit status 0, or 2 when a file cannot be read, is not JSON, or OUT cannot be written.
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
    if (args.length > 0 && args[0].equals("merge-patch")) {
      return mergePatch(args, out, err);
    }
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
          + " | merge-patch BASE PATCH OUT (got " + Arrays.toString(args) + ")");
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

  private static int mergePatch(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 4) {
      err.println("usage: merge-patch BASE PATCH OUT (got " + Arrays.toString(args) + ")");
      return UNUSABLE;
    }
    JsonElement base = readJson(Path.of(args[1]), err);
    JsonElement patch = base == null ? null : readJson(Path.of(args[2]), err);
    if (patch == null) {
      return UNUSABLE;
    }
    try {
      JsonFiles.writeAtomically(Path.of(args[3]), JsonFiles.pretty(MergePatch.apply(base, patch)));
    } catch (IOException e) {
      err.println("cannot write: " + e.getMessage());
      return UNUSABLE;
    }
    out.println(args[3] + " written: " + args[1] + " with the merge patch " + args[2]);
    return OK;
  }

  private static JsonElement readJson(Path file, PrintStream err) {
    try {
      return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      err.println("cannot read " + file + ": " + e.getMessage());
    } catch (JsonParseException e) {
      err.println(file + " is not valid JSON: " + e.getMessage());
    }
    return null;
  }

  private static int check(String ours, String other, Path report, PrintStream out)
      throws UnusableDocumentException, IOException {
    ContractReport result = ContractComparator.compare(
        OpenApiDocument.read(ours).named(Path.of(ours).getFileName().toString()),
        OpenApiDocument.read(other));
    String markdown = result.toMarkdown();
    Path supplement = Path.of(ours).resolveSibling(SUPPLEMENT);
    if (Files.exists(supplement)) {
      List<Supplement.Entry> carried = Supplement.retired(
          OpenApiDocument.read(other).json(), OpenApiDocument.read(supplement.toString()).json());
      markdown += supplementSection("Supplement entries this document carries", carried,
          "scripts/update-spec.sh retires them from " + SUPPLEMENT + " (xAI's structure wins).");
      if (!carried.isEmpty()) {
        out.println(carried.size() + " entries of " + SUPPLEMENT + " are in " + other
            + ": an update retires them");
      }
    }
    if (report != null) {
      JsonFiles.writeAtomically(report, markdown);
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
    String markdown = result.report().toMarkdown();
    Path supplement = ours.resolveSibling(SUPPLEMENT);
    if (Files.exists(supplement)) {
      // xAI's structure wins: what its document now carries leaves our supplement.
      Supplement.Pruned pruned = Supplement.prune(
          OpenApiDocument.parse(result.text().getBytes(StandardCharsets.UTF_8), source).json(),
          OpenApiDocument.read(supplement.toString()).json());
      if (!pruned.removed().isEmpty()) {
        JsonFiles.writeAtomically(supplement, JsonFiles.pretty(pruned.supplement()));
        out.println(supplement + " rewritten: " + pruned.removed().size()
            + " entries retired (xAI's document carries them)");
      }
      markdown += supplementSection("Retired from the supplement", pruned.removed(),
          SUPPLEMENT + " no longer has these: xAI's document carries them (or nothing refers"
          + " to them any more), and its structure wins.");
    }
    if (report != null) {
      JsonFiles.writeAtomically(report, markdown);
    }
    out.println(result.report().summary());
    out.println(changed ? ours + " rewritten; " + result.report().thingsToDescribe()
        + " new things need a description (see the report)" : ours + " unchanged");
    return result.report().hasBreaking() ? BREAKING : OK;
  }

  /** Our supplement, beside our document: the operations xAI documents elsewhere. */
  static final String SUPPLEMENT = "supplement.json";

  private static String supplementSection(String title, List<Supplement.Entry> entries, String why) {
    StringBuilder md = new StringBuilder("\n## ").append(title).append(" (").append(entries.size())
        .append(")\n\n");
    if (entries.isEmpty()) {
      return md.append("None.\n").toString();
    }
    md.append(why).append("\n\n");
    for (Supplement.Entry entry : entries) {
      md.append("- ").append(entry.kind()).append(" `").append(entry.name()).append("`\n");
    }
    return md.toString();
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
