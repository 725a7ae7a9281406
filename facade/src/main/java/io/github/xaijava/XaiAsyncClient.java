package io.github.xaijava;

import io.github.xaijava.internal.services.AsyncApiKeyServiceImpl;
import io.github.xaijava.internal.services.AsyncChatServiceImpl;
import io.github.xaijava.internal.services.AsyncCompletionsServiceImpl;
import io.github.xaijava.internal.services.AsyncDocumentsServiceImpl;
import io.github.xaijava.internal.services.AsyncEmbeddingsServiceImpl;
import io.github.xaijava.internal.services.AsyncFilesServiceImpl;
import io.github.xaijava.internal.services.AsyncImagesServiceImpl;
import io.github.xaijava.internal.services.AsyncMessagesServiceImpl;
import io.github.xaijava.internal.services.AsyncResponsesServiceImpl;
import io.github.xaijava.internal.services.AsyncSkillsServiceImpl;
import io.github.xaijava.internal.services.AsyncTokenizerServiceImpl;
import io.github.xaijava.internal.services.AsyncVideosServiceImpl;
import io.github.xaijava.internal.services.Catalogs;
import io.github.xaijava.internal.services.ServiceContext;
import io.github.xaijava.services.async.AsyncApiKeyService;
import io.github.xaijava.services.async.AsyncChatService;
import io.github.xaijava.services.async.AsyncCompletionsService;
import io.github.xaijava.services.async.AsyncDocumentsService;
import io.github.xaijava.services.async.AsyncEmbeddingsService;
import io.github.xaijava.services.async.AsyncFilesService;
import io.github.xaijava.services.async.AsyncImagesService;
import io.github.xaijava.services.async.AsyncMessagesService;
import io.github.xaijava.services.async.AsyncModelsService;
import io.github.xaijava.services.async.AsyncResponsesService;
import io.github.xaijava.services.async.AsyncSkillsService;
import io.github.xaijava.services.async.AsyncTokenizerService;
import io.github.xaijava.services.async.AsyncVideosService;

/**
 * Every operation of {@link XaiClient} without blocking: {@code client.async().chat().create(r)}
 * returns a {@code CompletableFuture}. Shares the client's connections, settings and lifetime.
 *
 * <pre>{@code
 * client.async().chat().create(request)
 *     .thenAccept(r -> System.out.println(r.text()));
 * }</pre>
 *
 * <p>Calls run on OkHttp's dispatcher; retries and job polls are scheduled, so no thread waits
 * for an answer or a backoff. Results arrive on the client's callback executor if one is set
 * ({@link io.github.xaijava.config.ClientOptions.Builder#callbackExecutor}), otherwise on an
 * OkHttp thread. See {@code docs/threading.md}.
 */
public final class XaiAsyncClient {

  private final AsyncChatService chat;
  private final AsyncResponsesService responses;
  private final AsyncMessagesService messages;
  private final AsyncCompletionsService completions;
  private final AsyncEmbeddingsService embeddings;
  private final AsyncModelsService models;
  private final AsyncImagesService images;
  private final AsyncVideosService videos;
  private final AsyncFilesService files;
  private final AsyncSkillsService skills;
  private final AsyncDocumentsService documents;
  private final AsyncTokenizerService tokenizer;
  private final AsyncApiKeyService apiKey;

  XaiAsyncClient(ServiceContext context) {
    this.chat = new AsyncChatServiceImpl(context);
    this.responses = new AsyncResponsesServiceImpl(context);
    this.messages = new AsyncMessagesServiceImpl(context);
    this.completions = new AsyncCompletionsServiceImpl(context);
    this.embeddings = new AsyncEmbeddingsServiceImpl(context);
    this.models = Catalogs.async(context);
    this.images = new AsyncImagesServiceImpl(context);
    this.videos = new AsyncVideosServiceImpl(context);
    this.files = new AsyncFilesServiceImpl(context);
    this.skills = new AsyncSkillsServiceImpl(context);
    this.documents = new AsyncDocumentsServiceImpl(context);
    this.tokenizer = new AsyncTokenizerServiceImpl(context);
    this.apiKey = new AsyncApiKeyServiceImpl(context);
  }

  /** @see XaiClient#chat() */
  public AsyncChatService chat() {
    return chat;
  }

  /** @see XaiClient#responses() */
  public AsyncResponsesService responses() {
    return responses;
  }

  /** @see XaiClient#messages() */
  public AsyncMessagesService messages() {
    return messages;
  }

  /** @see XaiClient#completions() */
  public AsyncCompletionsService completions() {
    return completions;
  }

  /** @see XaiClient#embeddings() */
  public AsyncEmbeddingsService embeddings() {
    return embeddings;
  }

  /** @see XaiClient#models() */
  public AsyncModelsService models() {
    return models;
  }

  /** @see XaiClient#images() */
  public AsyncImagesService images() {
    return images;
  }

  /** @see XaiClient#videos() */
  public AsyncVideosService videos() {
    return videos;
  }

  /** @see XaiClient#files() */
  public AsyncFilesService files() {
    return files;
  }

  /** @see XaiClient#skills() */
  public AsyncSkillsService skills() {
    return skills;
  }

  /** @see XaiClient#documents() */
  public AsyncDocumentsService documents() {
    return documents;
  }

  /** @see XaiClient#tokenizer() */
  public AsyncTokenizerService tokenizer() {
    return tokenizer;
  }

  /** @see XaiClient#apiKey() */
  public AsyncApiKeyService apiKey() {
    return apiKey;
  }
}
