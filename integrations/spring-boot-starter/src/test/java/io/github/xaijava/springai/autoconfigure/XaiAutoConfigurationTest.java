package io.github.xaijava.springai.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.xaijava.XaiClient;
import io.github.xaijava.config.LogLevel;
import io.github.xaijava.simulator.RecordedRequest;
import io.github.xaijava.simulator.XaiSimulator;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.springai.XaiChatModel;
import io.github.xaijava.springai.XaiChatOptions;
import io.github.xaijava.springai.XaiEmbeddingModel;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.model.chat.client.autoconfigure.ChatClientAutoConfiguration;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.ai.model.tool.ToolExecutionResult;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.support.ToolCallbacks;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter in an application context: properties become the client and the model, the client
 * closes with the context, the application's own beans win, {@code spring.ai.model.chat} selects
 * it, and the ChatClient.Builder Spring AI's auto-configuration gives reaches the simulator.
 */
class XaiAutoConfigurationTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  private static final ApplicationContextRunner RUNNER = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ToolCallingAutoConfiguration.class,
          ChatClientAutoConfiguration.class, XaiAutoConfiguration.class));

  private static ApplicationContextRunner connected(XaiSimulator sim) {
    return RUNNER.withPropertyValues("spring.ai.xai.api-key=" + sim.apiKey(),
        "spring.ai.xai.base-url=" + sim.baseUrl(), "spring.ai.xai.max-retries=0");
  }

  private static List<JsonObject> chatBodies(XaiSimulator sim) {
    List<JsonObject> bodies = new ArrayList<>();
    for (RecordedRequest r : sim.requests()) {
      if (r.method().equals("POST") && r.path().equals("/v1/chat/completions")) {
        bodies.add(JsonParser.parseString(r.bodyText()).getAsJsonObject());
      }
    }
    return bodies;
  }

  static final class WeatherTools {
    final AtomicInteger calls = new AtomicInteger();

    @Tool(description = "The current weather in a city")
    String weather(@ToolParam(description = "the city") String city) {
      calls.incrementAndGet();
      return "18 degrees and sunny in " + city;
    }
  }

  @Test
  void isRegisteredAsAnAutoConfiguration() {
    List<String> candidates = new ArrayList<>();
    ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader())
        .forEach(candidates::add);
    assertThat(candidates).contains(XaiAutoConfiguration.class.getName());
  }

  @Test
  void propertiesBecomeTheClientTheModelAndAChatClient(XaiSimulator sim) {
    connected(sim).withPropertyValues(
            "spring.ai.xai.timeout=7s",
            "spring.ai.xai.log-level=basic",
            "spring.ai.xai.chat.model=grok-3-mini",
            "spring.ai.xai.chat.temperature=0.3",
            "spring.ai.xai.chat.max-tokens=200",
            "spring.ai.xai.chat.reasoning-effort=low",
            "spring.ai.xai.chat.stop-sequences=END,STOP",
            "spring.ai.xai.chat.user=user-7")
        .run(context -> {
          assertThat(context).hasSingleBean(XaiClient.class).hasSingleBean(XaiChatModel.class)
              .hasSingleBean(ChatClient.Builder.class);
          XaiClient client = context.getBean(XaiClient.class);
          assertThat(client.options().baseUrl()).isEqualTo(sim.baseUrl().replaceAll("/v1/?$", ""));
          assertThat(client.options().retryPolicy().maxRetries()).isZero();
          assertThat(client.options().logLevel()).isEqualTo(LogLevel.BASIC);
          assertThat(client.options().timeout().request()).isEqualTo(Duration.ofSeconds(7));
          XaiChatOptions defaults = context.getBean(XaiChatModel.class).getOptions();
          assertThat(defaults.getModel()).isEqualTo("grok-3-mini");
          assertThat(defaults.getReasoningEffort()).contains("low");

          String answer = context.getBean(ChatClient.Builder.class).build()
              .prompt().user("Hi").call().content();
          assertThat(answer).isNotEmpty();
          JsonObject sent = chatBodies(sim).get(0);
          assertThat(sent.get("model").getAsString()).isEqualTo("grok-3-mini");
          assertThat(sent.get("temperature").getAsDouble()).isEqualTo(0.3);
          assertThat(sent.get("max_completion_tokens").getAsInt()).isEqualTo(200);
          assertThat(sent.get("reasoning_effort").getAsString()).isEqualTo("low");
          assertThat(sent.get("user").getAsString()).isEqualTo("user-7");
          assertThat(sent.getAsJsonArray("stop")).hasSize(2);
        });
  }

  @Test
  void theKeyComesFromXaiApiKeyWhenThePropertyIsAbsent(XaiSimulator sim) {
    RUNNER.withPropertyValues("XAI_API_KEY=" + sim.apiKey(),
            "spring.ai.xai.base-url=" + sim.baseUrl())
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(XaiChatModel.class).getOptions().getModel())
              .as("the properties' default model").isEqualTo(XaiChatModel.DEFAULT_MODEL);
          assertThat(context.getBean(ChatModel.class).call("Hi")).isNotEmpty();
          assertThat(sim.lastRequest().header("Authorization"))
              .isEqualTo("Bearer " + sim.apiKey());
        });
  }

  @Test
  void withoutAKeyTheContextFailsSayingWhereToSetIt() {
    assumeTrue(System.getenv("XAI_API_KEY") == null && System.getProperty("xai.apiKey") == null,
        "a real key is configured on this machine");
    RUNNER.run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("XAI_API_KEY");
      assertThat(context.getStartupFailure()).hasStackTraceContaining("spring.ai.xai.api-key");
    });
  }

  @Test
  void theClientIsClosedWithTheContext(XaiSimulator sim) {
    XaiClient[] client = new XaiClient[1];
    XaiChatModel[] model = new XaiChatModel[1];
    connected(sim).run(context -> {
      client[0] = context.getBean(XaiClient.class);
      model[0] = context.getBean(XaiChatModel.class);
      assertThat(model[0].call("Hi")).isNotEmpty();
    });
    assertThatThrownBy(() -> model[0].call("Hi"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnModel {
    static final XaiChatModel MODEL = XaiChatModel.builder()
        .client(XaiClient.create(o -> o.apiKey("xai-own").baseUrl("http://127.0.0.1:9")))
        .options(XaiChatOptions.builder().model("grok-3").build())
        .build();

    @Bean
    XaiChatModel myModel() {
      return MODEL;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean
    XaiClient myClient() {
      return XaiClient.create(o -> o.apiKey("xai-own").baseUrl("http://127.0.0.1:9"));
    }
  }

  @Test
  void theApplicationsOwnModelAndClientWin(XaiSimulator sim) {
    connected(sim).withUserConfiguration(OwnModel.class).run(context -> {
      assertThat(context).hasSingleBean(XaiChatModel.class);
      assertThat(context.getBean(XaiChatModel.class)).isSameAs(OwnModel.MODEL);
    });
    RUNNER.withUserConfiguration(OwnClient.class).run(context -> {
      assertThat(context).hasSingleBean(XaiClient.class).hasSingleBean(XaiChatModel.class);
      assertThat(context.getBean(XaiClient.class).options().baseUrl())
          .isEqualTo("http://127.0.0.1:9");
    });
  }

  @Test
  void springAiModelChatSelectsIt(XaiSimulator sim) {
    connected(sim).withPropertyValues("spring.ai.model.chat=none").run(context ->
        assertThat(context).doesNotHaveBean(XaiChatModel.class).doesNotHaveBean(XaiClient.class));
    RUNNER.withPropertyValues("spring.ai.model.chat=openai").run(context ->
        assertThat(context).hasNotFailed().doesNotHaveBean(XaiClient.class));
    connected(sim).withPropertyValues("spring.ai.model.chat=xai").run(context ->
        assertThat(context).hasSingleBean(XaiChatModel.class));
  }

  @Test
  void customizersChangeTheClientAfterTheProperties(XaiSimulator sim) {
    connected(sim)
        .withBean(XaiClientCustomizer.class, () -> o -> o.header("X-Team", "grok").maxRetries(1))
        .run(context -> {
          XaiClient client = context.getBean(XaiClient.class);
          assertThat(client.options().retryPolicy().maxRetries()).isEqualTo(1);
          assertThat(context.getBean(ChatModel.class).call("Hi")).isNotEmpty();
          assertThat(sim.lastRequest().header("X-Team")).isEqualTo("grok");
        });
  }

  @Test
  void anEmbeddingModelWhenItsModelIsSet(XaiSimulator sim) {
    connected(sim).run(context -> assertThat(context).doesNotHaveBean(XaiEmbeddingModel.class));
    connected(sim).withPropertyValues("spring.ai.xai.embedding.model=grok-embed-1",
            "spring.ai.xai.embedding.dimensions=12")
        .run(context -> {
          assertThat(context).hasSingleBean(EmbeddingModel.class);
          assertThat(context.getBean(EmbeddingModel.class).embed("Grok")).hasSize(12);
          assertThat(sim.lastRequest().bodyText()).contains("\"grok-embed-1\"");
        });
    connected(sim).withPropertyValues("spring.ai.model.chat=none",
            "spring.ai.xai.embedding.model=grok-embed-1")
        .run(context -> assertThat(context).doesNotHaveBean(XaiChatModel.class)
            .hasSingleBean(XaiEmbeddingModel.class).hasSingleBean(XaiClient.class));
    connected(sim).withPropertyValues("spring.ai.model.embedding=none",
            "spring.ai.xai.embedding.model=grok-embed-1")
        .run(context -> assertThat(context).doesNotHaveBean(XaiEmbeddingModel.class)
            .hasSingleBean(XaiChatModel.class));
  }

  /** Counts tool definition look-ups, so a test sees the model used the context's manager. */
  static final class CountingToolCallingManager implements ToolCallingManager {
    final ToolCallingManager delegate = ToolCallingManager.builder().build();
    final AtomicInteger resolved = new AtomicInteger();

    @Override
    public List<ToolDefinition> resolveToolDefinitions(ToolCallingChatOptions options) {
      resolved.incrementAndGet();
      return delegate.resolveToolDefinitions(options);
    }

    @Override
    public ToolExecutionResult executeToolCalls(Prompt prompt, ChatResponse response) {
      return delegate.executeToolCalls(prompt, response);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Observed {
    @Bean
    TestObservationRegistry observationRegistry() {
      return TestObservationRegistry.create();
    }

    @Bean
    CountingToolCallingManager toolCallingManager() {
      return new CountingToolCallingManager();
    }
  }

  @Test
  void theContextsToolCallingManagerAndObservationRegistryAreUsed(XaiSimulator sim) {
    connected(sim).withUserConfiguration(Observed.class).run(context -> {
      WeatherTools tools = new WeatherTools();
      String answer = context.getBean(ChatClient.Builder.class).build().prompt()
          .user("What's the weather in Rome?").tools(tools).call().content();
      assertThat(answer).isNotEmpty();
      assertThat(tools.calls).hasValue(1);
      CountingToolCallingManager manager = context.getBean(CountingToolCallingManager.class);
      int before = manager.resolved.get();
      context.getBean(XaiChatModel.class).call(new Prompt("What's the weather in Oslo?",
          XaiChatOptions.builder().toolCallbacks(ToolCallbacks.from(tools)).build()));
      assertThat(manager.resolved.get() - before)
          .as("the model resolved its tool definitions with the context's manager")
          .isEqualTo(1);
      List<JsonObject> sent = chatBodies(sim);
      assertThat(sent).hasSize(3);
      assertThat(sent.get(1).getAsJsonArray("messages").toString()).contains("18 degrees and sunny in");
      TestObservationRegistry registry = (TestObservationRegistry) context.getBean(
          ObservationRegistry.class);
      TestObservationRegistryAssert.assertThat(registry)
          .hasNumberOfObservationsWithNameEqualTo("gen_ai.client.operation", 3);
    });
  }

  @Test
  void aStreamThroughTheAutoConfiguredChatClient(XaiSimulator sim) {
    connected(sim).run(context -> {
      List<String> parts = context.getBean(ChatClient.Builder.class).build().prompt()
          .user("Tell me about Grok.").stream().content().collectList()
          .block(Duration.ofSeconds(30));
      assertThat(parts).hasSizeGreaterThan(1);
      assertThat(String.join("", parts)).contains("Grok");
    });
  }
}
