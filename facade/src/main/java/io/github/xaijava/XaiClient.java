package io.github.xaijava;

import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.config.LogLevel;
import io.github.xaijava.config.PollOptions;
import io.github.xaijava.config.RetryPolicy;
import io.github.xaijava.config.Timeout;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.internal.http.Sleeper;
import io.github.xaijava.internal.services.ChatServiceImpl;
import io.github.xaijava.internal.services.ResponsesServiceImpl;
import io.github.xaijava.internal.services.MessagesServiceImpl;
import io.github.xaijava.internal.services.CompletionsServiceImpl;
import io.github.xaijava.internal.services.EmbeddingsServiceImpl;
import io.github.xaijava.internal.services.ModelsServiceImpl;
import io.github.xaijava.internal.services.ImagesServiceImpl;
import io.github.xaijava.internal.services.VideosServiceImpl;
import io.github.xaijava.internal.services.FilesServiceImpl;
import io.github.xaijava.internal.services.SkillsServiceImpl;
import io.github.xaijava.internal.services.DocumentsServiceImpl;
import io.github.xaijava.internal.services.TokenizerServiceImpl;
import io.github.xaijava.internal.services.ApiKeyServiceImpl;
import io.github.xaijava.services.ChatService;
import io.github.xaijava.services.ResponsesService;
import io.github.xaijava.services.MessagesService;
import io.github.xaijava.services.CompletionsService;
import io.github.xaijava.services.EmbeddingsService;
import io.github.xaijava.services.ModelsService;
import io.github.xaijava.services.ImagesService;
import io.github.xaijava.services.VideosService;
import io.github.xaijava.services.FilesService;
import io.github.xaijava.services.SkillsService;
import io.github.xaijava.services.DocumentsService;
import io.github.xaijava.services.TokenizerService;
import io.github.xaijava.services.ApiKeyService;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * The xAI client: one entry point for every operation of the xAI REST API.
 *
 * <pre>{@code
 * try (XaiClient client = XaiClient.fromEnv()) {          // reads XAI_API_KEY
 *   ChatResponse r = client.chat().create(new ChatRequest()
 *       .model("grok-4")
 *       .messages(List.of(ChatMessages.user("Hello"))));
 * } catch (RateLimitException e) {
 *   // typed errors: e.statusCode(), e.error(), e.requestId(), e.retryAfter()
 * }
 * }</pre>
 *
 * <p>Thread-safe: create one client and share it across the application; creating one per
 * request wastes connections and threads. Close it when done ({@link #close()}); a
 * caller-supplied {@link OkHttpClient} is never closed or modified.
 *
 * <p>Defaults: base URL {@value ClientOptions#DEFAULT_BASE_URL}; connect timeout 30 s and a
 * 30 min whole-call timeout (see {@link Timeout}); 2 retries with backoff (see
 * {@link RetryPolicy}); logging off.
 */
public final class XaiClient implements AutoCloseable {

  private final ClientOptions options;
  private final HttpCore core;
  private final ChatService chat;
  private final ResponsesService responses;
  private final MessagesService messages;
  private final CompletionsService completions;
  private final EmbeddingsService embeddings;
  private final ModelsService models;
  private final ImagesService images;
  private final VideosService videos;
  private final FilesService files;
  private final SkillsService skills;
  private final DocumentsService documents;
  private final TokenizerService tokenizer;
  private final ApiKeyService apiKey;

  XaiClient(ClientOptions options, Sleeper sleeper, Clock clock) {
    this.options = options;
    this.core = HttpCore.create(options, sleeper, clock);
    this.chat = new ChatServiceImpl(core);
    this.responses = new ResponsesServiceImpl(core);
    this.messages = new MessagesServiceImpl(core);
    this.completions = new CompletionsServiceImpl(core);
    this.embeddings = new EmbeddingsServiceImpl(core);
    this.models = new ModelsServiceImpl(core);
    this.images = new ImagesServiceImpl(core);
    this.videos = new VideosServiceImpl(core);
    this.files = new FilesServiceImpl(core);
    this.skills = new SkillsServiceImpl(core);
    this.documents = new DocumentsServiceImpl(core);
    this.tokenizer = new TokenizerServiceImpl(core);
    this.apiKey = new ApiKeyServiceImpl(core);
  }

  /**
   * A client configured from the environment: {@code XAI_API_KEY} (required) and
   * {@code XAI_BASE_URL}, {@code XAI_LOG}; the system properties {@code xai.apiKey},
   * {@code xai.baseUrl}, {@code xai.log} win over the variables.
   *
   * @return the client
   * @throws IllegalStateException if no API key is configured
   */
  public static XaiClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The options this client was built with (the API key is not shown by their toString). */
  public ClientOptions options() {
    return options;
  }

  /** Chat completions ({@code /v1/chat/completions}, deferred results). */
  public ChatService chat() {
    return chat;
  }

  /** The Responses API ({@code /v1/responses}). */
  public ResponsesService responses() {
    return responses;
  }

  /** The Anthropic-compatible Messages API ({@code /v1/messages}). */
  public MessagesService messages() {
    return messages;
  }

  /** Legacy text completions ({@code /v1/completions}, {@code /v1/complete}). */
  public CompletionsService completions() {
    return completions;
  }

  /** Embeddings ({@code /v1/embeddings}). */
  public EmbeddingsService embeddings() {
    return embeddings;
  }

  /** The five model lists and single-model look-ups. */
  public ModelsService models() {
    return models;
  }

  /** Image generation and editing. */
  public ImagesService images() {
    return images;
  }

  /** Video generation jobs. */
  public VideosService videos() {
    return videos;
  }

  /** Files: upload, list, fetch, download, public URLs. */
  public FilesService files() {
    return files;
  }

  /** Skills: upload, list, fetch, download, delete. */
  public SkillsService skills() {
    return skills;
  }

  /** Document search. */
  public DocumentsService documents() {
    return documents;
  }

  /** Tokenization ({@code /v1/tokenize-text}). */
  public TokenizerService tokenizer() {
    return tokenizer;
  }

  /** The API key in use ({@code /v1/api-key}) and its owner ({@code /v1/me}). */
  public ApiKeyService apiKey() {
    return apiKey;
  }

  /**
   * Releases the client's threads and, if the client created its own OkHttpClient, its
   * connections. A caller-supplied OkHttpClient is left running. Calls made after closing may
   * fail.
   */
  @Override
  public void close() {
    core.close();
  }

  @Override
  public String toString() {
    return "XaiClient{baseUrl=" + options.baseUrl() + "}";
  }

  // Package-private seam for tests of this package and siblings (see TestClients in tests).
  HttpCore core() {
    return core;
  }

  /** Builds an {@link XaiClient}; only the API key is required. */
  public static final class Builder {

    private final ClientOptions.Builder options = ClientOptions.builder();

    private Builder() {
    }

    /**
     * Reads {@code XAI_API_KEY}, {@code XAI_BASE_URL}, {@code XAI_LOG} (system properties
     * {@code xai.apiKey}, {@code xai.baseUrl}, {@code xai.log} win); values set later override.
     */
    public Builder fromEnv() {
      options.fromEnv();
      return this;
    }

    /** The API key; required. Never logged or shown. */
    public Builder apiKey(String apiKey) {
      options.apiKey(apiKey);
      return this;
    }

    /** The base URL; default {@value ClientOptions#DEFAULT_BASE_URL}. */
    public Builder baseUrl(String baseUrl) {
      options.baseUrl(baseUrl);
      return this;
    }

    /** The whole-call timeout (also read/write); default 30 min. */
    public Builder timeout(Duration timeout) {
      options.timeout(timeout);
      return this;
    }

    /** All timeouts; default {@link Timeout#defaults()}. */
    public Builder timeout(Timeout timeout) {
      options.timeout(timeout);
      return this;
    }

    /** Retries per call; default 2. */
    public Builder maxRetries(int maxRetries) {
      options.maxRetries(maxRetries);
      return this;
    }

    /** The full retry policy; default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      options.retryPolicy(retryPolicy);
      return this;
    }

    /**
     * An OkHttpClient to derive from (proxy, interceptors, pool kept); default: a new one.
     * It is never modified or closed.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      options.okHttpClient(okHttpClient);
      return this;
    }

    /** Request/response logging, credentials redacted; default {@link LogLevel#NONE}. */
    public Builder logLevel(LogLevel logLevel) {
      options.logLevel(logLevel);
      return this;
    }

    /** Where log lines go; default {@code System.Logger} "io.github.xaijava.http". */
    public Builder logSink(Consumer<String> sink) {
      options.logSink(sink);
      return this;
    }

    /** Allows {@code http://} to a non-loopback host; default {@code false}. */
    public Builder allowInsecureHttp(boolean allow) {
      options.allowInsecureHttp(allow);
      return this;
    }

    /**
     * How deferred completions and video jobs pace their polls; default 1 s, growing by 1.5 up
     * to 10 s.
     */
    public Builder pollOptions(PollOptions pollOptions) {
      options.pollOptions(pollOptions);
      return this;
    }

    /** A header sent with every request; default none. */
    public Builder header(String name, String value) {
      options.header(name, value);
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException if no API key is set or the base URL is unusable
     */
    public XaiClient build() {
      return new XaiClient(options.build(), Sleeper.SYSTEM, Clock.systemUTC());
    }
  }
}
