package io.github.xaijava.langchain4j;

import dev.langchain4j.model.output.TokenUsage;
import java.util.Objects;

/**
 * Token counts with what xAI reports beyond LangChain4j's three: input tokens served from cache,
 * reasoning tokens (part of the output count), and the call's cost in xAI's ticks
 * (1 tick = 10<sup>-10</sup> USD).
 */
public final class XaiTokenUsage extends TokenUsage {

  private final Integer cachedInputTokenCount;
  private final Integer reasoningTokenCount;
  private final Long costInUsdTicks;

  public XaiTokenUsage(Integer inputTokenCount, Integer outputTokenCount, Integer totalTokenCount,
      Integer cachedInputTokenCount, Integer reasoningTokenCount, Long costInUsdTicks) {
    super(inputTokenCount, outputTokenCount, totalTokenCount);
    this.cachedInputTokenCount = cachedInputTokenCount;
    this.reasoningTokenCount = reasoningTokenCount;
    this.costInUsdTicks = costInUsdTicks;
  }

  /** Input tokens read from xAI's prompt cache. */
  public Integer cachedInputTokenCount() {
    return cachedInputTokenCount;
  }

  /** Tokens the model spent reasoning (included in the output count). */
  public Integer reasoningTokenCount() {
    return reasoningTokenCount;
  }

  /** What the call cost, in ticks of 10<sup>-10</sup> USD. */
  public Long costInUsdTicks() {
    return costInUsdTicks;
  }

  /** The sum, keeping xAI's counts (LangChain4j adds the usage of each call of a tool loop). */
  @Override
  public XaiTokenUsage add(TokenUsage that) {
    if (that == null) {
      return this;
    }
    XaiTokenUsage x = that instanceof XaiTokenUsage u ? u : null;
    return new XaiTokenUsage(sum(inputTokenCount(), that.inputTokenCount()),
        sum(outputTokenCount(), that.outputTokenCount()),
        sum(totalTokenCount(), that.totalTokenCount()),
        sum(cachedInputTokenCount, x == null ? null : x.cachedInputTokenCount),
        sum(reasoningTokenCount, x == null ? null : x.reasoningTokenCount),
        costInUsdTicks == null ? (x == null ? null : x.costInUsdTicks)
            : x == null || x.costInUsdTicks == null ? costInUsdTicks
            : costInUsdTicks + x.costInUsdTicks);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof XaiTokenUsage that && super.equals(o)
        && Objects.equals(cachedInputTokenCount, that.cachedInputTokenCount)
        && Objects.equals(reasoningTokenCount, that.reasoningTokenCount)
        && Objects.equals(costInUsdTicks, that.costInUsdTicks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), cachedInputTokenCount, reasoningTokenCount,
        costInUsdTicks);
  }

  @Override
  public String toString() {
    return "XaiTokenUsage{input=" + inputTokenCount() + ", output=" + outputTokenCount()
        + ", total=" + totalTokenCount() + ", cachedInput=" + cachedInputTokenCount
        + ", reasoning=" + reasoningTokenCount + ", costInUsdTicks=" + costInUsdTicks + "}";
  }
}
