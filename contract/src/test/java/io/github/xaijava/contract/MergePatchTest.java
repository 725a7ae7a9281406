package io.github.xaijava.contract;

import static io.github.xaijava.contract.TestDocuments.lines;
import static io.github.xaijava.contract.TestDocuments.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.github.xaijava.testing.SpecFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code merge-patch} command (RFC 7386), and the fixture patch of
 * {@code scripts/check-additive-update.sh}: applied to our document it only adds.
 */
class MergePatchTest {

  @TempDir
  Path dir;

  /** The examples of RFC 7386, appendix A (target | patch | result). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "{'a':'b'}                | {'a':'c'}             | {'a':'c'}",
      "{'a':'b'}                | {'b':'c'}             | {'a':'b','b':'c'}",
      "{'a':'b'}                | {'a':null}            | {}",
      "{'a':'b','b':'c'}        | {'a':null}            | {'b':'c'}",
      "{'a':['b']}              | {'a':'c'}             | {'a':'c'}",
      "{'a':'c'}                | {'a':['b']}           | {'a':['b']}",
      "{'a':{'b':'c'}}          | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
      "{'a':[{'b':'c'}]}        | {'a':[1]}             | {'a':[1]}",
      "['a','b']                | ['c','d']             | ['c','d']",
      "{'a':'b'}                | ['c']                 | ['c']",
      "{'e':null}               | {'a':1}               | {'e':null,'a':1}",
      "[1,2]                    | {'a':'b','c':null}    | {'a':'b'}",
      "{}                       | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}"})
  void rfc7386Examples(String target, String patch, String result) {
    assertEquals(JsonParser.parseString(json(result)),
        MergePatch.apply(JsonParser.parseString(json(target)), JsonParser.parseString(json(patch))));
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void theCommandWritesTheDocumentInOurLayout() throws Exception {
    Path base = Files.writeString(dir.resolve("base.json"), "{\"a\": {\"b\": 1.50, \"c\": \"x\"}}");
    Path patch = Files.writeString(dir.resolve("patch.json"), "{\"a\": {\"c\": null, \"d\": [\"é\"]}}");
    Path out = dir.resolve("out.json");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ContractMain.run(new String[] {"merge-patch", base.toString(), patch.toString(),
        out.toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertEquals("{\n  \"a\": {\n    \"b\": 1.50,\n    \"d\": [\n      \"é\"\n    ]\n  }\n}\n",
        Files.readString(out));
  }

  @Test
  void theCommandRefusesWhatIsNotJson() throws Exception {
    Path base = Files.writeString(dir.resolve("base.json"), "{}");
    Path patch = Files.writeString(dir.resolve("patch.json"), "{\"a\": ");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ContractMain.run(new String[] {"merge-patch", base.toString(), patch.toString(),
        dir.resolve("out.json").toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertEquals(2, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not valid JSON"), err::toString);
    assertFalse(Files.exists(dir.resolve("out.json")));
  }

  /**
   * The fixture only adds to our document: nothing it does is breaking or a change, and its three
   * operations are in the result (already in openapi.json after an update from the patched
   * document, which is when nothing is reported added).
   */
  @Test
  void theAdditiveFixtureOnlyAdds() throws Exception {
    Path out = dir.resolve("patched.json");
    int status = ContractMain.run(new String[] {"merge-patch", SpecFiles.projectSpec().toString(),
        TestDocuments.resource("additive/operations-patch.json").toString(), out.toString()},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    assertEquals(0, status);
    OpenApiDocument patched = read(out);
    ContractReport report = ContractComparator.compare(read(SpecFiles.projectSpec()), patched);
    assertFalse(report.hasBreaking(), () -> lines(report));
    assertTrue(report.changes().stream().allMatch(c -> c.kind() == Change.Kind.ADDED), () -> lines(report));
    String paths = patched.json().getAsJsonObject("paths").keySet().stream().collect(Collectors.joining(" "));
    for (String path : new String[] {"/v1/widgets", "/v1/widgets/{widget_id}", "/v1/images/{request_id}"}) {
      assertTrue(patched.json().getAsJsonObject("paths").has(path), path + " not in " + paths);
    }
  }
}
