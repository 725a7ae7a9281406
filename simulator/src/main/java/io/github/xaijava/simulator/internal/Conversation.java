package io.github.xaijava.simulator.internal;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every text API (chat, responses, messages, completions) boils down to, and the one
 * deterministic "model" that answers it: the answer is derived from the last user message, a tool is
 * called when tools are offered, tool results are acknowledged, and structured formats get JSON that
 * fits their schema. The route handlers only translate their API's shapes to and from these records.
 */
public final class Conversation {
  private Conversation() {}

  /** How tools may be used. */
  public enum ToolMode { AUTO, NONE, REQUIRED, NAMED }

  /**
   * One message of the conversation, reduced to its text.
   *
   * @param role system, user, assistant or tool
   * @param name for a tool result, the function that produced it (if known)
   */
  public record Turn(String role, String text, String name) {
    public static Turn of(String role, String text) {
      return new Turn(role, text, null);
    }
  }

  /** A function the model may call. */
  public record Tool(String name, JsonElement parameters) {}

  /**
   * A request to answer.
   *
   * @param schema JSON Schema the content must fit, or null
   * @param jsonObject whether the content must be a JSON object
   * @param maxTokens the completion budget, or -1
   * @param stop stop sequences
   * @param effort the requested reasoning effort, or null
   */
  public record Prompt(List<Turn> turns, List<Tool> tools, ToolMode mode, String namedTool,
      boolean parallelTools, JsonElement schema, boolean jsonObject, long maxTokens, List<String> stop,
      String effort) {

    /** A prompt with just messages: no tools, free text. */
    public static Prompt of(List<Turn> turns) {
      return new Prompt(turns, List.of(), ToolMode.AUTO, null, true, null, false, -1, List.of(), null);
    }
  }

  /** A call the answer makes. */
  public record ToolCall(String id, String name, String arguments) {}

  /**
   * The answer.
   *
   * @param reasoning the reasoning shown to the caller, or null (models that hide it still count it)
   * @param content the text, or null when the answer is only tool calls
   * @param finish stop, length or tool_calls
   */
  public record Answer(String reasoning, String content, List<ToolCall> toolCalls, String finish,
      int promptTokens, int completionTokens, int reasoningTokens) {}

  /** Answers {@code prompt} as {@code model} would; {@code choice} (from 0) varies the text for n > 1. */
  public static Answer answer(Prompt prompt, Catalogue.Model model, Ids ids, int choice) {
    String question = lastUserText(prompt.turns());
    int promptTokens = 3;
    for (Turn t : prompt.turns()) {
      promptTokens += 4 + Tokenizer.count(t.text());
    }
    for (Tool t : prompt.tools()) {
      promptTokens += 8 + Tokenizer.count(t.name()) + Tokenizer.count(String.valueOf(t.parameters()));
    }
    List<Turn> results = trailingToolResults(prompt.turns());
    List<Tool> toCall = results.isEmpty() ? toolsToCall(prompt, question) : List.of();

    String thought = null;
    if (model.thinks()) {
      thought = "The user asks: \"" + shorten(question) + "\". "
          + (toCall.isEmpty() ? "A short, direct answer fits." : "The " + toCall.get(0).name() + " tool can help, so I call it.");
      if ("high".equalsIgnoreCase(prompt.effort())) {
        thought += " Checking again before answering: the plan holds.";
      }
    }
    int reasoningTokens = thought == null ? 0 : Tokenizer.count(thought);
    String reasoning = model.showsReasoning() ? thought : null;

    if (!toCall.isEmpty()) {
      List<ToolCall> calls = new ArrayList<>();
      int completion = 0;
      for (Tool t : toCall) {
        String arguments = Json.write(InstanceGenerator.generate(t.parameters()));
        calls.add(new ToolCall("call_" + ids.digits(8), t.name(), arguments));
        completion += 6 + Tokenizer.count(arguments);
      }
      return new Answer(reasoning, null, calls, "tool_calls", promptTokens, completion, reasoningTokens);
    }

    String content;
    if (prompt.schema() != null) {
      content = Json.write(InstanceGenerator.generate(prompt.schema()));
    } else if (prompt.jsonObject()) {
      content = Json.write(Json.obj().put("answer", text(question, results, choice)).build());
    } else {
      content = text(question, results, choice);
    }
    String finish = "stop";
    for (String s : prompt.stop()) {
      int at = s.isEmpty() ? -1 : content.indexOf(s);
      if (at >= 0) {
        content = content.substring(0, at);
      }
    }
    List<String> tokens = Tokenizer.tokens(content);
    if (prompt.maxTokens() >= 0 && tokens.size() > prompt.maxTokens()) {
      content = String.join("", tokens.subList(0, (int) prompt.maxTokens()));
      tokens = Tokenizer.tokens(content);
      finish = "length";
    }
    return new Answer(reasoning, content, List.of(), finish, promptTokens, tokens.size(), reasoningTokens);
  }

  private static String text(String question, List<Turn> results, int choice) {
    String label = choice == 0 ? "Simulated answer" : "Simulated answer #" + (choice + 1);
    if (!results.isEmpty()) {
      StringBuilder sb = new StringBuilder(label).append(" using the tool results: ");
      for (int i = 0; i < results.size(); i++) {
        Turn r = results.get(i);
        sb.append(i == 0 ? "" : "; ").append(r.name() == null ? "the tool" : r.name())
            .append(" returned ").append(shorten(r.text()));
      }
      return sb.append('.').toString();
    }
    return label + " to: " + (question.isEmpty() ? "(no question)" : shorten(question));
  }

  /** The text of the last user turn, or "". */
  public static String lastUserText(List<Turn> turns) {
    for (int i = turns.size() - 1; i >= 0; i--) {
      if ("user".equals(turns.get(i).role())) {
        return turns.get(i).text();
      }
    }
    return "";
  }

  private static List<Turn> trailingToolResults(List<Turn> turns) {
    List<Turn> out = new ArrayList<>();
    for (int i = turns.size() - 1; i >= 0 && "tool".equals(turns.get(i).role()); i--) {
      out.add(0, turns.get(i));
    }
    return out;
  }

  /**
   * The named tool; otherwise every tool the question mentions by name (when parallel calls are
   * allowed and more than one is mentioned); otherwise the first tool.
   */
  private static List<Tool> toolsToCall(Prompt prompt, String question) {
    if (prompt.tools().isEmpty() || prompt.mode() == ToolMode.NONE) {
      return List.of();
    }
    if (prompt.mode() == ToolMode.NAMED) {
      for (Tool t : prompt.tools()) {
        if (t.name().equals(prompt.namedTool())) {
          return List.of(t);
        }
      }
    }
    List<Tool> mentioned = new ArrayList<>();
    String q = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_]+", " ") + " ";
    for (Tool t : prompt.tools()) {
      if (q.contains(" " + t.name().toLowerCase(Locale.ROOT) + " ")) {
        mentioned.add(t);
      }
    }
    if (mentioned.size() > 1 && prompt.parallelTools()) {
      return mentioned;
    }
    return List.of(mentioned.isEmpty() ? prompt.tools().get(0) : mentioned.get(0));
  }

  private static String shorten(String s) {
    String one = s.strip();
    return one.length() <= 200 ? one : one.substring(0, 200) + "...";
  }
}
