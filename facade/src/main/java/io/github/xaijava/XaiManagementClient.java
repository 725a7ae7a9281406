package io.github.xaijava;

import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.internal.http.HttpStack;
import io.github.xaijava.internal.http.Timers;
import io.github.xaijava.internal.services.ServiceContext;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;

/**
 * The client of xAI's management API ({@value #DEFAULT_BASE_URL}): collections and their
 * documents, the team's API keys, billing. It takes a management key (xAI's console, Settings,
 * Management Keys), not an inference key, and is configured like {@link XaiClient}: the same
 * {@link ClientOptions} (timeouts, retries, logging, your {@code OkHttpClient}), another default
 * base URL.
 *
 * <pre>{@code
 * try (XaiManagementClient management = XaiManagementClient.fromEnv()) {  // XAI_MANAGEMENT_API_KEY
 *   CollectionMetadata docs = management.collections().create(CreateCollectionRequest.builder()
 *       .collectionName("handbook").build());
 * }
 * }</pre>
 *
 * <p>The two kinds of key never cross: this client refuses xAI's inference host and
 * {@link XaiClient} refuses the management host, so a management key is never sent to
 * {@code api.x.ai} nor an inference key to {@code management-api.x.ai}. Files are uploaded with
 * {@link XaiClient} ({@code client.files().upload}) and added to a collection here; search is
 * {@code client.documents().search}.
 */
public final class XaiManagementClient extends ManagementServices implements AutoCloseable {

  /** xAI's management host. */
  public static final String DEFAULT_BASE_URL = "https://management-api.x.ai";

  private final HttpStack stack;
  private final XaiAsyncManagementClient async;

  private XaiManagementClient(HttpStack stack, ServiceContext context) {
    super(context);
    this.stack = stack;
    this.async = new XaiAsyncManagementClient(context);
  }

  /**
   * A client from the environment: the key from system property {@code xai.managementApiKey},
   * else {@code XAI_MANAGEMENT_API_KEY}; the base URL from {@code xai.managementBaseUrl}, else
   * {@code XAI_MANAGEMENT_BASE_URL}, else {@value #DEFAULT_BASE_URL}; the log level as
   * {@link ClientOptions.Builder#fromEnv()} reads it. {@code XAI_API_KEY} is never read.
   *
   * @throws IllegalStateException if no management key is set
   */
  public static XaiManagementClient fromEnv() {
    return create(fromEnv(System::getenv, System::getProperty).build());
  }

  // Seam for tests: the real environment cannot be changed from Java.
  static ClientOptions.Builder fromEnv(UnaryOperator<String> env, UnaryOperator<String> props) {
    ClientOptions.Builder builder = ClientOptions.builder().baseUrl(DEFAULT_BASE_URL);
    String log = first(props.apply("xai.log"), env.apply("XAI_LOG"));
    if (log != null) {
      builder.logLevel(io.github.xaijava.config.LogLevel.valueOf(log.toUpperCase(Locale.ROOT)));
    }
    String key = first(props.apply("xai.managementApiKey"), env.apply("XAI_MANAGEMENT_API_KEY"));
    if (key == null) {
      throw new IllegalStateException("no management key: set XAI_MANAGEMENT_API_KEY (or the"
          + " system property xai.managementApiKey); XAI_API_KEY is an inference key and is not used");
    }
    builder.apiKey(key);
    String url = first(props.apply("xai.managementBaseUrl"), env.apply("XAI_MANAGEMENT_BASE_URL"));
    if (url != null) {
      builder.baseUrl(url);
    }
    return builder;
  }

  private static String first(String a, String b) {
    if (a != null && !a.isBlank()) {
      return a.trim();
    }
    return b != null && !b.isBlank() ? b.trim() : null;
  }

  /**
   * A client configured by {@code configure}, which starts from the management host as base URL.
   *
   * @throws IllegalArgumentException if the base URL is xAI's inference host
   */
  public static XaiManagementClient create(Consumer<ClientOptions.Builder> configure) {
    ClientOptions.Builder builder = ClientOptions.builder().baseUrl(DEFAULT_BASE_URL);
    configure.accept(builder);
    return create(builder.build());
  }

  /**
   * A client with {@code options}; their base URL must be the management host (or your own, such
   * as a simulator or a proxy), not xAI's inference host.
   *
   * @throws IllegalArgumentException if the base URL is xAI's inference host
   */
  public static XaiManagementClient create(ClientOptions options) {
    return create(options, Timers.SYSTEM);
  }

  // Package-private seam: tests inject time.
  static XaiManagementClient create(ClientOptions options, Timers timers) {
    Objects.requireNonNull(options, "options == null");
    if (isInferenceHost(options.baseUrl())) {
      throw new IllegalArgumentException(options.baseUrl() + " is xAI's inference host; a"
          + " management key must not go there. XaiManagementClient's base URL is "
          + DEFAULT_BASE_URL + " by default");
    }
    HttpStack stack = HttpStack.create(options, timers);
    return new XaiManagementClient(stack, new ServiceContext(stack));
  }

  /** Whether {@code baseUrl} is xAI's inference API ({@code api.x.ai} or a regional or mTLS host of it). */
  static boolean isInferenceHost(String baseUrl) {
    String host = host(baseUrl);
    return host.equals("api.x.ai") || host.endsWith(".api.x.ai");
  }

  /** Whether {@code baseUrl} is xAI's management API. */
  static boolean isManagementHost(String baseUrl) {
    return host(baseUrl).equals("management-api.x.ai");
  }

  private static String host(String baseUrl) {
    HttpUrl url = HttpUrl.parse(baseUrl);
    return url == null ? "" : url.host().toLowerCase(Locale.ROOT);
  }

  /** Every operation of this client without blocking; shares its connections and lifetime. */
  public XaiAsyncManagementClient async() {
    return async;
  }

  /** The options this client was made with (the key redacted when printed). */
  public ClientOptions options() {
    return stack.options();
  }

  /** Shuts down the connections and threads this client created. */
  @Override
  public void close() {
    stack.close();
  }

  @Override
  public String toString() {
    return "XaiManagementClient{baseUrl=" + stack.options().baseUrl() + "}";
  }

  // Package-private seam: tests check the client's connections for leaks.
  okhttp3.OkHttpClient okHttpClient() {
    return stack.okHttpClient();
  }
}
