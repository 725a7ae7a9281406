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
import io.github.xaijava.generated.model.TokenLogProb;
import io.github.xaijava.generated.model.ToolCall;
import io.github.xaijava.generated.model.Usage;
import io.github.xaijava.generated.support.MissingPropertyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * that has some. Empty deltas change nothing, and a fragment lacking a property is folded as far
 * as it goes.
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
    // Plain code, no lambdas: this runs for every chunk, and a first stream links no lambda here.
    if (id == null) {
      try {
        id = chunk.id();
      } catch (MissingPropertyException absent) {
        // a fragment may lack it
      }
    }
    try {
      model = chunk.model();
    } catch (MissingPropertyException absent) {
      // keep the last one seen
    }
    if (created == null) {
      try {
        created = chunk.created();
      } catch (MissingPropertyException absent) {
        // a fragment may lack it
      }
    }
    Optional<String> fingerprint = chunk.systemFingerprint();
    if (fingerprint.isPresent()) {
      systemFingerprint = fingerprint.get();
    }
    Optional<ServiceTier> tier = chunk.serviceTier();
    if (tier.isPresent()) {
      serviceTier = tier.get();
    }
    Optional<Usage> chunkUsage = chunk.usage();
    if (chunkUsage.isPresent()) {
      usage = chunkUsage.get();
    }
    if (!chunk.citations().isEmpty()) {
      citations = chunk.citations();
    }
    outputFiles.addAll(chunk.outputFiles());
    for (ChoiceChunk choice : chunk.choices()) {
      int index;
      try {
        index = choice.index();
      } catch (MissingPropertyException absent) {
        index = 0;
      }
      ChoiceState state = choices.get(index);
      if (state == null) {
        state = new ChoiceState();
        choices.put(index, state);
      }
      state.accept(choice);
    }
  }

  /** How many chunks were folded in. */
  public synchronized int chunkCount() {
    return chunks;
  }

  /** Whether at least one choice was seen and every choice seen has a {@code finish_reason}. */
  public synchronized boolean allChoicesFinished() {
    if (choices.isEmpty()) {
      return false;
    }
    for (ChoiceState choice : choices.values()) {
      if (choice.finishReason == null) {
        return false;
      }
    }
    return true;
  }

  /** The completion folded so far, as a new object each call ({@code object} is {@code chat.completion}). */
  public synchronized ChatResponse result() {
    ChatResponse.Builder response = ChatResponse.builder()
        .id(id)
        .model(model)
        .object("chat.completion")
        .systemFingerprint(systemFingerprint)
        .serviceTier(serviceTier)
        .usage(usage);
    if (created != null) {
      response.created(created);
    }
    choices.forEach((index, state) -> response.addChoice(state.toChoice(index)));
    if (citations != null) {
      response.citations(citations);
    }
    if (!outputFiles.isEmpty()) {
      response.outputFiles(outputFiles);
    }
    return response.build();
  }

  private static final class ChoiceState {
    String role;
    StringBuilder content;
    StringBuilder reasoning;
    String finishReason;
    List<TokenLogProb> logprobs;
    final TreeMap<Integer, ToolCallState> toolCalls = new TreeMap<>();

    void accept(ChoiceChunk choice) {
      Optional<String> reason = choice.finishReason();
      if (reason.isPresent()) {
        finishReason = reason.get();
      }
      Optional<LogProbs> chunkLogprobs = choice.logprobs();
      if (chunkLogprobs.isPresent()) {
        if (logprobs == null) {
          logprobs = new ArrayList<>();
        }
        logprobs.addAll(chunkLogprobs.get().content());
      }
      Delta delta;
      try {
        delta = choice.delta();
      } catch (MissingPropertyException absent) {
        return;
      }
      if (role == null) {
        role = delta.role().orElse(null);
      }
      Optional<String> text = delta.content();
      if (text.isPresent()) {
        content = append(content, text.get());
      }
      Optional<String> reasoningText = delta.reasoningContent();
      if (reasoningText.isPresent()) {
        reasoning = append(reasoning, reasoningText.get());
      }
      for (ToolCall fragment : delta.toolCalls()) {
        int key = fragment.index().isPresent() ? fragment.index().getAsInt()
            : toolCalls.isEmpty() ? 0 : toolCalls.lastKey() + 1;
        toolCalls.computeIfAbsent(key, k -> new ToolCallState()).accept(fragment);
      }
    }

    Choice toChoice(int index) {
      ChoiceMessage.Builder message = ChoiceMessage.builder()
          .role(role == null ? "assistant" : role)
          .content(content == null ? null : content.toString())
          .reasoningContent(reasoning == null ? null : reasoning.toString());
      toolCalls.values().forEach(call -> message.addToolCall(call.toToolCall()));
      Choice.Builder result = Choice.builder()
          .index(index)
          .finishReason(finishReason)
          .message(message.build());
      if (logprobs != null) {
        result.logprobs(LogProbs.builder().content(logprobs).build());
      }
      return result.build();
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
      if (id == null) {
        id = Lenient.get(fragment::id);
      }
      if (type == null) {
        type = fragment.type().orElse(null);
      }
      Function function = Lenient.get(fragment::function);
      if (function != null) {
        String fragmentName = Lenient.get(function::name);
        if (name == null && fragmentName != null && !fragmentName.isEmpty()) {
          name = fragmentName;
        }
        String fragmentArguments = Lenient.get(function::arguments);
        if (fragmentArguments != null) {
          arguments = (arguments == null ? new StringBuilder() : arguments).append(fragmentArguments);
        }
      }
    }

    ToolCall toToolCall() {
      // No index: a finished message carries its calls in order, as a non-streamed answer does.
      return ToolCall.builder()
          .id(id)
          .type(type == null ? "function" : type)
          .function(Function.builder()
              .name(name)
              .arguments(arguments == null ? "" : arguments.toString())
              .build())
          .build();
    }
  }
}
