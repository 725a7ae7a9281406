package io.github.xaijava.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer, masking and the multipart reader, without a server. */
class TextPartsTest {
  @Test
  void tokensJoinBackAndIdsAreStable() {
    String text = "Hello, wörld! 12345 extraordinarily\n\nok";
    assertEquals(text, String.join("", Tokenizer.tokens(text)));
    assertEquals(List.of("Hello", ",", " wörld", "!", " 123", "45", " extraor", "dinarily", "\n", "\n", "ok"), Tokenizer.tokens(text));
    assertEquals(Tokenizer.id(" wörld"), Tokenizer.id(" wörld"));
  }

  @Test
  void keysAreMaskedLikeXai() {
    assertEquals("xa***yz", Errors.mask("xai-abcdefyz"));
    assertEquals("***", Errors.mask("short"));
  }

  @Test
  void multipartKeepsPartOrderAndBytes() throws Exception {
    String body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
        + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        + "line\r\nwith crlf\r\n--b--\r\n";
    List<Multipart.Part> parts = Multipart.parse(body.getBytes(StandardCharsets.UTF_8), "b");
    assertEquals(2, parts.size());
    assertEquals("a", parts.get(0).name());
    assertNull(parts.get(0).filename());
    assertEquals("x.bin", parts.get(1).filename());
    assertEquals("line\r\nwith crlf", parts.get(1).text());
    assertEquals("b", Multipart.boundary("multipart/form-data; boundary=\"b\""));
    assertNull(Multipart.boundary("application/json"));
    assertThrows(Multipart.MalformedException.class, () -> Multipart.parse("nothing".getBytes(StandardCharsets.UTF_8), "b"));
    assertThrows(Multipart.MalformedException.class, () -> Multipart.parse(
        "--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--".getBytes(StandardCharsets.UTF_8), "b"));
  }
}
