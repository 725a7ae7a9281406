package io.github.xaijava.springai;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.EmbeddingUsage;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingOptions;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.embedding.EmbeddingResponseMetadata;
import org.springframework.ai.embedding.observation.DefaultEmbeddingModelObservationConvention;
import org.springframework.ai.embedding.observation.EmbeddingModelObservationContext;
import org.springframework.ai.embedding.observation.EmbeddingModelObservationConvention;
import org.springframework.ai.embedding.observation.EmbeddingModelObservationDocumentation;

/**
 * xAI's embeddings ({@code POST /v1/embeddings}) as a Spring AI {@link EmbeddingModel}, through an
 * {@link XaiClient}.
 *
 * <pre>{@code
 * EmbeddingModel model = XaiEmbeddingModel.builder().client(client).model("grok-embed-1").build();
 * float[] vector = model.embed("Grok");
 * }</pre>
 *
 * <p>A request's {@link EmbeddingOptions} (model, dimensions) win over the builder's. The usage is
 * a {@code DefaultUsage} of prompt tokens with xai-java's {@code EmbeddingUsage} as native usage.
 * Each call is a Micrometer observation (provider {@value XaiChatModel#PROVIDER}). Errors are
 * xai-java's unchecked exceptions.
 */
public final class XaiEmbeddingModel implements EmbeddingModel {

  private static final EmbeddingModelObservationConvention DEFAULT_CONVENTION =
      new DefaultEmbeddingModelObservationConvention();

  private final XaiClient client;
  private final String model;
  private final Integer dimensions;
  private final ObservationRegistry observationRegistry;
  private final EmbeddingModelObservationConvention observationConvention;

  private XaiEmbeddingModel(Builder b) {
    this.client = Objects.requireNonNull(b.client, "client == null: set client(XaiClient)");
    this.model = Objects.requireNonNull(b.model, "model == null: set model(...)");
    this.dimensions = b.dimensions;
    this.observationRegistry = b.observationRegistry;
    this.observationConvention = b.observationConvention;
  }

  /** A builder; the client and the model are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public EmbeddingResponse call(EmbeddingRequest request) {
    EmbeddingOptions given = request.getOptions();
    EmbeddingOptions options = EmbeddingOptions.builder()
        .model(given != null && given.getModel() != null ? given.getModel() : model)
        .dimensions(given != null && given.getDimensions() != null ? given.getDimensions()
            : dimensions)
        .build();
    EmbeddingRequest effective = new EmbeddingRequest(request.getInstructions(), options);
    EmbeddingModelObservationContext context = EmbeddingModelObservationContext.builder()
        .embeddingRequest(effective).provider(XaiChatModel.PROVIDER).build();
    return EmbeddingModelObservationDocumentation.EMBEDDING_MODEL_OPERATION
        .observation(observationConvention, DEFAULT_CONVENTION, () -> context,
            observationRegistry)
        .observe(() -> {
          var xai = io.github.xaijava.generated.model.EmbeddingRequest.builder()
              .model(options.getModel())
              .input(request.getInstructions())
              .encodingFormat("float");
          if (options.getDimensions() != null) {
            xai.dimensions(options.getDimensions());
          }
          EmbeddingResponse response = fromXai(client.embeddings().create(xai.build()));
          context.setResponse(response);
          return response;
        });
  }

  private static EmbeddingResponse fromXai(io.github.xaijava.generated.model.EmbeddingResponse r) {
    List<Embedding> embeddings = new ArrayList<>();
    for (io.github.xaijava.generated.model.Embedding e : r.data()) {
      List<Double> values = e.embedding().floats().orElseThrow(() -> new IllegalStateException(
          "xAI answered an embedding that is not a list of floats"));
      float[] vector = new float[values.size()];
      for (int i = 0; i < vector.length; i++) {
        vector[i] = values.get(i).floatValue();
      }
      embeddings.add(new Embedding(vector, e.index()));
    }
    EmbeddingUsage usage = r.usage().orElse(null);
    return new EmbeddingResponse(embeddings, new EmbeddingResponseMetadata(r.model(),
        usage == null ? null
            : new DefaultUsage(usage.promptTokens(), 0, usage.totalTokens(), usage)));
  }

  @Override
  public float[] embed(Document document) {
    return call(new EmbeddingRequest(List.of(getEmbeddingContent(document)), null))
        .getResult().getOutput();
  }

  @Override
  public String toString() {
    return "XaiEmbeddingModel{model=" + model + ", dimensions=" + dimensions + "}";
  }

  /** Builds an {@link XaiEmbeddingModel}. */
  public static final class Builder {
    private XaiClient client;
    private String model;
    private Integer dimensions;
    private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;
    private EmbeddingModelObservationConvention observationConvention = DEFAULT_CONVENTION;

    private Builder() {
    }

    /** The client calls go through (required); the model does not close it. */
    public Builder client(XaiClient client) {
      this.client = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /** The embedding model (required), e.g. {@code grok-embed-1}. */
    public Builder model(String model) {
      this.model = Objects.requireNonNull(model, "model == null");
      return this;
    }

    /** The vectors' size, for models that can shorten them; default the model's own. */
    public Builder dimensions(int dimensions) {
      this.dimensions = dimensions;
      return this;
    }

    /** Where observations go; default {@link ObservationRegistry#NOOP}. */
    public Builder observationRegistry(ObservationRegistry observationRegistry) {
      this.observationRegistry = Objects.requireNonNull(observationRegistry,
          "observationRegistry == null");
      return this;
    }

    /** The observation's name and key values; default Spring AI's. */
    public Builder observationConvention(EmbeddingModelObservationConvention convention) {
      this.observationConvention = Objects.requireNonNull(convention, "convention == null");
      return this;
    }

    public XaiEmbeddingModel build() {
      return new XaiEmbeddingModel(this);
    }
  }
}
