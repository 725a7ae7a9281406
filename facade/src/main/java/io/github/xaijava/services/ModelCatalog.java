package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;

/**
 * One kind of model list of xAI ({@code /v1/models}, {@code /v1/language-models}, ...): every
 * model of the kind, or one by id. Lists are not paginated. Errors as in {@link ChatService}.
 *
 * @param <L> the list answer
 * @param <M> one model
 */
public interface ModelCatalog<L, M> {

  /** Every model of this kind. */
  default L list() {
    return list(RequestOptions.none());
  }

  /** @see #list() */
  L list(RequestOptions options);

  /**
   * One model by id or alias.
   *
   * @throws io.github.xaijava.errors.NotFoundException if xAI has no such model (any longer)
   */
  default M get(String modelId) {
    return get(modelId, RequestOptions.none());
  }

  /** @see #get(String) */
  M get(String modelId, RequestOptions options);
}
