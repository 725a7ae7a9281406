package io.github.xaijava.langchain4j;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import io.github.xaijava.generated.model.SearchParameters;
import java.util.Objects;

/**
 * LangChain4j's request parameters plus xAI's own: reasoning effort, parallel tool calls, live
 * search, the end user's id and a seed. Set them as a model's defaults or per request; overriding
 * keeps them (a value set in the overriding parameters wins, an absent one keeps the default).
 */
public final class XaiChatRequestParameters extends DefaultChatRequestParameters {

  /** No parameter set. */
  public static final XaiChatRequestParameters EMPTY = builder().build();

  private final String reasoningEffort;
  private final Boolean parallelToolCalls;
  private final SearchParameters searchParameters;
  private final String user;
  private final Integer seed;

  private XaiChatRequestParameters(Builder builder) {
    super(builder);
    this.reasoningEffort = builder.reasoningEffort;
    this.parallelToolCalls = builder.parallelToolCalls;
    this.searchParameters = builder.searchParameters;
    this.user = builder.user;
    this.seed = builder.seed;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code low} or {@code high} for models that reason; null when not set. */
  public String reasoningEffort() {
    return reasoningEffort;
  }

  /** Whether the model may ask for several tool calls at once; null when not set. */
  public Boolean parallelToolCalls() {
    return parallelToolCalls;
  }

  /** xAI's live search settings; null when not set. */
  public SearchParameters searchParameters() {
    return searchParameters;
  }

  /** The end user's id, for xAI's abuse monitoring; null when not set. */
  public String user() {
    return user;
  }

  /** A seed for more repeatable sampling; null when not set. */
  public Integer seed() {
    return seed;
  }

  @Override
  public XaiChatRequestParameters overrideWith(ChatRequestParameters that) {
    return builder().overrideWith(this).overrideWith(that).build();
  }

  @Override
  public XaiChatRequestParameters defaultedBy(ChatRequestParameters that) {
    return builder().overrideWith(that).overrideWith(this).build();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof XaiChatRequestParameters that) || !super.equals(o)) {
      return false;
    }
    return Objects.equals(reasoningEffort, that.reasoningEffort)
        && Objects.equals(parallelToolCalls, that.parallelToolCalls)
        && Objects.equals(searchParameters, that.searchParameters)
        && Objects.equals(user, that.user) && Objects.equals(seed, that.seed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), reasoningEffort, parallelToolCalls, searchParameters, user,
        seed);
  }

  @Override
  public String toString() {
    return "XaiChatRequestParameters{" + super.toString() + ", reasoningEffort=" + reasoningEffort
        + ", parallelToolCalls=" + parallelToolCalls + ", searchParameters=" + searchParameters
        + ", user=" + user + ", seed=" + seed + "}";
  }

  /** Builds {@link XaiChatRequestParameters}. */
  public static final class Builder extends DefaultChatRequestParameters.Builder<Builder> {
    private String reasoningEffort;
    private Boolean parallelToolCalls;
    private SearchParameters searchParameters;
    private String user;
    private Integer seed;

    private Builder() {
    }

    /** Copies what {@code parameters} sets (xAI's own too, when it has them) over this. */
    @Override
    public Builder overrideWith(ChatRequestParameters parameters) {
      super.overrideWith(parameters);
      if (parameters instanceof XaiChatRequestParameters x) {
        reasoningEffort = x.reasoningEffort != null ? x.reasoningEffort : reasoningEffort;
        parallelToolCalls = x.parallelToolCalls != null ? x.parallelToolCalls : parallelToolCalls;
        searchParameters = x.searchParameters != null ? x.searchParameters : searchParameters;
        user = x.user != null ? x.user : user;
        seed = x.seed != null ? x.seed : seed;
      }
      return this;
    }

    public Builder reasoningEffort(String reasoningEffort) {
      this.reasoningEffort = reasoningEffort;
      return this;
    }

    public Builder parallelToolCalls(Boolean parallelToolCalls) {
      this.parallelToolCalls = parallelToolCalls;
      return this;
    }

    public Builder searchParameters(SearchParameters searchParameters) {
      this.searchParameters = searchParameters;
      return this;
    }

    public Builder user(String user) {
      this.user = user;
      return this;
    }

    public Builder seed(Integer seed) {
      this.seed = seed;
      return this;
    }

    @Override
    public XaiChatRequestParameters build() {
      return new XaiChatRequestParameters(this);
    }
  }
}
