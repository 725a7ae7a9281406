package io.github.xaijava.cli.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The prompt of {@code chat} and {@code responses}: the words on the command line, or standard
 * input when there are none (and it is not a terminal) or when the only word is {@code -}.
 */
final class Prompt {

  /** The parameter's description, shared by the commands that take a prompt. */
  static final String DESCRIPTION = "The question; several words are joined with spaces. "
      + "Left off (stdin not a terminal) or given as -, it is read from standard input.";

  private Prompt() {
  }

  /**
   * The prompt.
   *
   * @param words the words on the command line (null or empty when none were given)
   * @throws UsageException if there are none and stdin is a terminal, or stdin is empty
   */
  static String of(List<String> words, Terminal terminal) {
    boolean dash = words != null && words.size() == 1 && words.get(0).equals("-");
    if (words != null && !words.isEmpty() && !dash) {
      return String.join(" ", words);
    }
    if (!dash && terminal.inIsTerminal()) {
      // Reading would wait for someone to type and press Ctrl-D: almost never what was meant.
      throw new UsageException("a prompt is required: give it as an argument, pipe it in, or "
          + "give - to type it (end with Ctrl-D)");
    }
    String text;
    try {
      text = new String(terminal.in().readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (text.isEmpty()) {
      throw new UsageException("no prompt: standard input is empty");
    }
    return text;
  }
}
