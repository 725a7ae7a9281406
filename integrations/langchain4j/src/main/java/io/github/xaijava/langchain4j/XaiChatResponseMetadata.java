package io.github.xaijava.langchain4j;

import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import java.util.List;
import java.util.Objects;

/** LangChain4j's response metadata plus the sources xAI's search cited. */
public final class XaiChatResponseMetadata extends ChatResponseMetadata {

  private final List<String> citations;

  private XaiChatResponseMetadata(Builder builder) {
    super(builder);
    this.citations = List.copyOf(builder.citations);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The URLs of the sources the answer cites (xAI's live search); empty when none. */
  public List<String> citations() {
    return citations;
  }

  /** xAI's token counts; see {@link XaiTokenUsage}. */
  @Override
  public XaiTokenUsage tokenUsage() {
    return (XaiTokenUsage) super.tokenUsage();
  }

  @Override
  public Builder toBuilder() {
    return ((Builder) toBuilder(builder())).citations(citations);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof XaiChatResponseMetadata that && super.equals(o)
        && citations.equals(that.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), citations);
  }

  @Override
  public String toString() {
    return "XaiChatResponseMetadata{id=" + id() + ", modelName=" + modelName() + ", tokenUsage="
        + tokenUsage() + ", finishReason=" + finishReason() + ", citations=" + citations + "}";
  }

  /** Builds {@link XaiChatResponseMetadata}. */
  public static final class Builder extends ChatResponseMetadata.Builder<Builder> {
    private List<String> citations = List.of();

    private Builder() {
    }

    public Builder citations(List<String> citations) {
      this.citations = citations == null ? List.of() : citations;
      return this;
    }

    @Override
    public XaiChatResponseMetadata build() {
      return new XaiChatResponseMetadata(this);
    }
  }
}
