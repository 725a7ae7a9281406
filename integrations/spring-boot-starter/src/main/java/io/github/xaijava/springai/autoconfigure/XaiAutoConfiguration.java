package io.github.xaijava.springai.autoconfigure;

import io.github.xaijava.XaiClient;
import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.springai.XaiChatModel;
import io.github.xaijava.springai.XaiEmbeddingModel;
import io.micrometer.observation.ObservationRegistry;
import java.util.stream.Stream;
import org.springframework.ai.chat.observation.ChatModelObservationConvention;
import org.springframework.ai.embedding.observation.EmbeddingModelObservationConvention;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Grok for Spring AI, from properties: an {@link XaiClient} ({@code spring.ai.xai.*}, closed with
 * the context), an {@link XaiChatModel} ({@code spring.ai.xai.chat.*}) and, when
 * {@code spring.ai.xai.embedding.model} is set, an {@link XaiEmbeddingModel}; each only when the
 * application defines none of its own. Spring AI's chat-client auto-configuration then gives a
 * {@code ChatClient.Builder} on the chat model.
 *
 * <p>The chat model is made when {@code spring.ai.model.chat} is {@code xai} or unset, the
 * embedding model when {@code spring.ai.model.embedding} is, as Spring AI's providers select
 * themselves; the client only when one of them is made. So {@code spring.ai.model.chat=none} (or
 * another provider) turns the chat model off, and the client too unless the embedding model is
 * configured: an application using another provider needs no xAI key.
 */
@AutoConfiguration(afterName =
    "org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration")
@ConditionalOnClass({XaiClient.class, XaiChatModel.class})
@EnableConfigurationProperties({XaiConnectionProperties.class, XaiChatProperties.class,
    XaiEmbeddingProperties.class})
public class XaiAutoConfiguration {

  /** Spring AI's property naming the chat model provider. */
  public static final String CHAT_MODEL_PROPERTY = "spring.ai.model.chat";

  /** Spring AI's property naming the embedding model provider. */
  public static final String EMBEDDING_MODEL_PROPERTY = "spring.ai.model.embedding";

  /** The value of Spring AI's provider properties that selects xAI. */
  public static final String PROVIDER = "xai";

  /**
   * The client. Unset properties fall back to the environment as {@code XaiClient.fromEnv()}
   * does; the key is also looked up in Spring's environment (so any property source can hold
   * {@code XAI_API_KEY}).
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @Conditional(XaiSelected.class)
  public XaiClient xaiClient(XaiConnectionProperties properties, Environment environment,
      ObjectProvider<XaiClientCustomizer> customizers) {
    ClientOptions.Builder options = ClientOptions.builder().fromEnv();
    Stream.of(properties.getApiKey(), environment.getProperty("xai.apiKey"),
            environment.getProperty("XAI_API_KEY"))
        .filter(key -> key != null && !key.isBlank())
        .findFirst()
        .ifPresent(key -> options.apiKey(key.trim()));
    if (properties.getBaseUrl() != null) {
      options.baseUrl(properties.getBaseUrl());
    }
    if (properties.getTimeout() != null) {
      options.timeout(properties.getTimeout());
    }
    if (properties.getMaxRetries() != null) {
      options.maxRetries(properties.getMaxRetries());
    }
    if (properties.getLogLevel() != null) {
      options.logLevel(properties.getLogLevel());
    }
    customizers.orderedStream().forEach(c -> c.customize(options));
    ClientOptions built;
    try {
      built = options.build();
    } catch (IllegalStateException e) {
      throw new IllegalStateException("xAI client: " + e.getMessage()
          + " (with Spring: set spring.ai.xai.api-key, or spring.ai.model.chat to another "
          + "provider or none)", e);
    }
    return XaiClient.create(built);
  }

  /**
   * The chat model, with the application's {@link ToolCallingManager},
   * {@link ObservationRegistry} and {@link ChatModelObservationConvention} when it has them.
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(name = CHAT_MODEL_PROPERTY, havingValue = PROVIDER, matchIfMissing = true)
  public XaiChatModel xaiChatModel(XaiClient client, XaiChatProperties properties,
      ObjectProvider<ToolCallingManager> toolCallingManager,
      ObjectProvider<ObservationRegistry> observationRegistry,
      ObjectProvider<ChatModelObservationConvention> observationConvention) {
    XaiChatModel.Builder model = XaiChatModel.builder()
        .client(client)
        .options(properties.toOptions())
        .observationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP));
    toolCallingManager.ifUnique(model::toolCallingManager);
    observationConvention.ifUnique(model::observationConvention);
    return model.build();
  }

  /** The embedding model, with the application's {@link ObservationRegistry} when it has one. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = XaiEmbeddingProperties.PREFIX, name = "model")
  @ConditionalOnProperty(name = EMBEDDING_MODEL_PROPERTY, havingValue = PROVIDER,
      matchIfMissing = true)
  public XaiEmbeddingModel xaiEmbeddingModel(XaiClient client, XaiEmbeddingProperties properties,
      ObjectProvider<ObservationRegistry> observationRegistry,
      ObjectProvider<EmbeddingModelObservationConvention> observationConvention) {
    XaiEmbeddingModel.Builder model = XaiEmbeddingModel.builder()
        .client(client)
        .model(properties.getModel())
        .observationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP));
    if (properties.getDimensions() != null) {
      model.dimensions(properties.getDimensions());
    }
    observationConvention.ifUnique(model::observationConvention);
    return model.build();
  }

  /** Whether a model above will be made, and so needs the client. */
  static final class XaiSelected extends AnyNestedCondition {

    XaiSelected() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(name = CHAT_MODEL_PROPERTY, havingValue = PROVIDER,
        matchIfMissing = true)
    static final class ForChat {
    }

    @ConditionalOnProperty(prefix = XaiEmbeddingProperties.PREFIX, name = "model")
    @ConditionalOnProperty(name = EMBEDDING_MODEL_PROPERTY, havingValue = PROVIDER,
        matchIfMissing = true)
    static final class ForEmbedding {
    }
  }
}
