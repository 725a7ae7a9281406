package io.github.xaijava.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;

/** Descriptions made safe inside a Javadoc comment. */
class JavadocTest {

  private static String of(String text) {
    return Javadoc.of(new JsonPrimitive(text), "fallback");
  }

  @Test
  void codeSpansBecomeCodeTagsAndHtmlIsEscapedOutsideThem() {
    assertEquals("a {@code <T> & @x} &lt;b&gt; &amp; &#64;y", of("a `<T> & @x` <b> & @y"));
    assertEquals("open {@code span}", of("open `span"), "an unclosed span is closed");
  }

  @Test
  void whatWouldEndOrBreakTheCommentIsEscaped() {
    // The slash after the escaped one stays too (a doubled slash on the page): kept as it was,
    // since the shaped document must not change.
    assertEquals("a *&#47;/ b &#123;c&#125; &#92;n line two", of("a */ b {c} \\n\nline two"));
  }

  @Test
  void noDescriptionGivesTheFallback() {
    assertEquals("fallback", Javadoc.of(null, "fallback"));
    assertEquals("fallback", Javadoc.of(new JsonPrimitive("  "), "fallback"));
    assertEquals("", Javadoc.of(JsonNull.INSTANCE, null));
    assertEquals("a'b &lt;c&gt;", Javadoc.escape("a`b <c>"), "a literal has no code spans");
  }
}
