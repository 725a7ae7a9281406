package io.github.xaijava.streaming;

import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.generated.model.Choice;
import io.github.xaijava.generated.model.ChoiceChunk;
import io.github.xaijava.generated.model.ChoiceMessage;
import io.github.xaijava.generated.model.Delta;
import io.github.xaijava.generated.model.Function;
import io.github.xaijava.generated.model.LogProbs;
import io.github.xaijava.generated.model.OutputFile;
import io.github.xaijava.generated.model.ServiceTier;
import io.github.xaijava.generated.model.ToolCall;
import io.github.xaijava.generated.model.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds streamed {@link ChatResponseChunk}s into the {@link ChatResponse} a non-streamed call
 * would have returned.
 *
 * <pre>{@code
 * ChatCompletionAccumulator acc = new ChatCompletionAccumulator();
 * chunks.forEach(acc::accept);
 * ChatResponse whole = acc.result();
 * }</pre>
 *
 * <p>Choices are kept apart by {@code index} (several when {@code n > 1}). For each choice the
 * first {@code role} wins; {@code content} and {@code reasoning_content} fragments are
 * concatenated; the last {@code finish_reason} wins. Tool calls are assembled by their
 * {@code index} within the choice: {@code id}, {@code type} and function {@code name} are taken
 * from the first fragment that has them and {@code arguments} fragments are concatenated in
 * arrival order, so a call sent whole (as xAI does today) and a call sent in pieces both come out
 * whole. A fragment without {@code index} starts a new call. {@code usage} comes from the chunk
 * that carries it (xAI's final {@code "choices": []} chunk), {@code citations} from the last chunk
 * that has some. Empty deltas change nothing.
 *
 * <p>Thread-safe: {@link #accept} and {@link #result} may be called from different threads.
 */
public final class ChatCompletionAccumulator {

  private final Map<Integer, ChoiceState> choices = new TreeMap<>();
  private String id;
  private String model;
  private Long created;
  private String systemFingerprint;
  private ServiceTier serviceTier;
  private Usage usage;
  private List<String> citations;
  private final List<OutputFile> outputFiles = new ArrayList<>();
  private int chunks;

  /** An accumulator that has seen no chunk. */
  public ChatCompletionAccumulator() {
  }

  /** Folds one more chunk in. */
  public synchronized void accept(ChatResponseChunk chunk) {
    chunks++;
    if (id == null) {
      id = chunk.getId();
    }
    if (chunk.getModel() != null) {
      model = chunk.getModel();
    }
    if (created == null) {
      created = chunk.getCreated();
    }
    if (chunk.getSystemFingerprint() != null) {
      systemFingerprint = chunk.getSystemFingerprint();
    }
    if (chunk.getServiceTier() != null) {
      serviceTier = chunk.getServiceTier();
    }
    if (chunk.getUsage() != null) {
      usage = chunk.getUsage();
    }
    if (chunk.getCitations() != null && !chunk.getCitations().isEmpty()) {
      citations = List.copyOf(chunk.getCitations());
    }
    if (chunk.getOutputFiles() != null) {
      outputFiles.addAll(chunk.getOutputFiles());
    }
    if (chunk.getChoices() != null) {
      for (ChoiceChunk choice : chunk.getChoices()) {
        int index = choice.getIndex() == null ? 0 : choice.getIndex();
        choices.computeIfAbsent(index, i -> new ChoiceState()).accept(choice);
      }
    }
  }

  /** How many chunks were folded in. */
  public synchronized int chunkCount() {
    return chunks;
  }

  /**
   * Whether at least one choice was seen and every choice seen has a {@code finish_reason}.
   */
  public synchronized boolean allChoicesFinished() {
    return !choices.isEmpty()
        && choices.values().stream().allMatch(c -> c.finishReason != null);
  }

  /** The completion folded so far, as a new object each call ({@code object} is {@code chat.completion}). */
  public synchronized ChatResponse result() {
    ChatResponse response = new ChatResponse()
        .id(id)
        .model(model)
        .created(created)
        ._object("chat.completion")
        .systemFingerprint(systemFingerprint)
        .serviceTier(serviceTier)
        .usage(usage);
    List<Choice> list = new ArrayList<>();
    choices.forEach((index, state) -> list.add(state.toChoice(index)));
    response.choices(list);
    if (citations != null) {
      response.citations(new ArrayList<>(citations));
    }
    if (!outputFiles.isEmpty()) {
      response.outputFiles(new ArrayList<>(outputFiles));
    }
    return response;
  }

  private static final class ChoiceState {
    String role;
    StringBuilder content;
    StringBuilder reasoning;
    String finishReason;
    LogProbs logprobs;
    final TreeMap<Integer, ToolCallState> toolCalls = new TreeMap<>();

    void accept(ChoiceChunk choice) {
      if (choice.getFinishReason() != null) {
        finishReason = choice.getFinishReason();
      }
      if (choice.getLogprobs() != null && choice.getLogprobs().getContent() != null) {
        if (logprobs == null) {
          logprobs = new LogProbs().content(new ArrayList<>());
        }
        logprobs.getContent().addAll(choice.getLogprobs().getContent());
      }
      Delta delta = choice.getDelta();
      if (delta == null) {
        return;
      }
      if (role == null && delta.getRole() != null) {
        role = delta.getRole();
      }
      if (delta.getContent() != null) {
        content = append(content, delta.getContent());
      }
      if (delta.getReasoningContent() != null) {
        reasoning = append(reasoning, delta.getReasoningContent());
      }
      if (delta.getToolCalls() != null) {
        for (ToolCall fragment : delta.getToolCalls()) {
          Integer index = fragment.getIndex();
          int key = index != null ? index
              : toolCalls.isEmpty() ? 0 : toolCalls.lastKey() + 1;
          toolCalls.computeIfAbsent(key, k -> new ToolCallState()).accept(fragment);
        }
      }
    }

    Choice toChoice(int index) {
      ChoiceMessage message = new ChoiceMessage()
          .role(role == null ? "assistant" : role)
          .content(content == null ? null : content.toString())
          .reasoningContent(reasoning == null ? null : reasoning.toString());
      if (!toolCalls.isEmpty()) {
        List<ToolCall> calls = new ArrayList<>();
        toolCalls.forEach((i, state) -> calls.add(state.toToolCall()));
        message.toolCalls(calls);
      }
      Choice result = new Choice().index(index).finishReason(finishReason).message(message);
      if (logprobs != null) {
        result.logprobs(new LogProbs().content(new ArrayList<>(logprobs.getContent())));
      }
      return result;
    }

    private static StringBuilder append(StringBuilder builder, String text) {
      return (builder == null ? new StringBuilder() : builder).append(text);
    }
  }

  private static final class ToolCallState {
    String id;
    String type;
    String name;
    StringBuilder arguments;

    void accept(ToolCall fragment) {
      if (id == null && fragment.getId() != null) {
        id = fragment.getId();
      }
      if (type == null && fragment.getType() != null) {
        type = fragment.getType();
      }
      Function function = fragment.getFunction();
      if (function != null) {
        if (name == null && function.getName() != null && !function.getName().isEmpty()) {
          name = function.getName();
        }
        if (function.getArguments() != null) {
          arguments = (arguments == null ? new StringBuilder() : arguments)
              .append(function.getArguments());
        }
      }
    }

    ToolCall toToolCall() {
      // No index: a finished message carries its calls in order, as a non-streamed answer does.
      return new ToolCall()
          .id(id)
          .type(type == null ? "function" : type)
          .function(new Function().name(name).arguments(arguments == null ? "" : arguments.toString()));
    }
  }
}
