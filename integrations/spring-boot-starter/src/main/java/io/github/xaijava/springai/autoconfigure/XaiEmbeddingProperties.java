package io.github.xaijava.springai.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedding model: {@code spring.ai.xai.embedding.*}. There is an embedding model bean only
 * when {@code model} is set (and {@code spring.ai.model.embedding} is {@code xai} or unset).
 */
@ConfigurationProperties(XaiEmbeddingProperties.PREFIX)
public class XaiEmbeddingProperties {

  /** The prefix of these properties. */
  public static final String PREFIX = "spring.ai.xai.embedding";

  /** The embedding model, e.g. grok-embed-1; no embedding model bean when unset. */
  private String model;

  /** The vectors' size, for models that can shorten them; default the model's own. */
  private Integer dimensions;

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public Integer getDimensions() {
    return dimensions;
  }

  public void setDimensions(Integer dimensions) {
    this.dimensions = dimensions;
  }
}
