package io.github.xaijava.sockets;

import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link VoiceSession} connects: the model and reasoning chosen in the URL, a conversation
 * to resume, a short-lived client secret instead of the client's key, and the session
 * configuration sent first.
 */
public final class VoiceAgentOptions {

  private final String model;
  private final String reasoningEffort;
  private final String conversationId;
  private final String clientSecret;
  private final VoiceSessionConfig session;

  private VoiceAgentOptions(Builder b) {
    this.model = b.model;
    this.reasoningEffort = b.reasoningEffort;
    this.conversationId = b.conversationId;
    this.clientSecret = b.clientSecret;
    this.session = b.session;
  }

  /** A builder: the server's default model, a new conversation, the client's key. */
  public static Builder builder() {
    return new Builder();
  }

  /** The model ({@code grok-voice-latest} when absent: the server's default). */
  public Optional<String> model() {
    return Optional.ofNullable(model);
  }

  /** {@code high} or {@code none}. */
  public Optional<String> reasoningEffort() {
    return Optional.ofNullable(reasoningEffort);
  }

  /** The conversation to resume. */
  public Optional<String> conversationId() {
    return Optional.ofNullable(conversationId);
  }

  Optional<String> clientSecret() {
    return Optional.ofNullable(clientSecret);
  }

  /** The configuration sent as {@code session.update} as soon as the socket opens. */
  public Optional<VoiceSessionConfig> session() {
    return Optional.ofNullable(session);
  }

  @Override
  public String toString() {
    return "VoiceAgentOptions{model=" + model + ", conversationId=" + conversationId
        + ", clientSecret=" + (clientSecret == null ? "none" : "<redacted>") + "}";
  }

  /** Builds {@link VoiceAgentOptions}. */
  public static final class Builder {
    private String model;
    private String reasoningEffort;
    private String conversationId;
    private String clientSecret;
    private VoiceSessionConfig session;

    private Builder() {
    }

    /** The model, e.g. {@code grok-voice-latest}; sent in the URL, where xAI selects it. */
    public Builder model(String model) {
      this.model = Objects.requireNonNull(model, "model == null");
      return this;
    }

    /** {@code high} (xAI's default) or {@code none}. */
    public Builder reasoningEffort(String effort) {
      this.reasoningEffort = Objects.requireNonNull(effort, "effort == null");
      return this;
    }

    /**
     * Resume this conversation (its history is kept about 30 minutes): the session must have been
     * {@link VoiceSessionConfig.Builder#resumable() resumable}.
     */
    public Builder conversationId(String conversationId) {
      this.conversationId = Objects.requireNonNull(conversationId, "conversationId == null");
      return this;
    }

    /**
     * Authenticate with a secret from {@code client.realtime().createClientSecret} instead of
     * the client's key (a process that must not hold the key).
     */
    public Builder clientSecret(String secret) {
      this.clientSecret = Objects.requireNonNull(secret, "secret == null");
      return this;
    }

    /** Sent as {@code session.update} when the socket opens. */
    public Builder session(VoiceSessionConfig session) {
      this.session = Objects.requireNonNull(session, "session == null");
      return this;
    }

    public VoiceAgentOptions build() {
      return new VoiceAgentOptions(this);
    }
  }
}
