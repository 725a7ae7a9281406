package io.github.xaijava.simulator.internal.routes;

import io.github.xaijava.simulator.internal.Call;
import io.github.xaijava.simulator.internal.Catalogue;
import io.github.xaijava.simulator.internal.Context;
import io.github.xaijava.simulator.internal.Multipart;
import io.github.xaijava.simulator.internal.OpenApi;
import io.github.xaijava.simulator.internal.Router;
import java.util.List;
import java.util.Locale;

/**
 * Puts every operation of the API document, and the media the simulator serves, on a {@link Router}:
 * the hand-written routes, then a {@link DefaultRoute} for each operation they do not cover.
 */
public final class Routes {
  /** The team every simulated key belongs to. */
  public static final String TEAM_ID = "00000000-0000-4000-8000-0000000000aa";

  /** The prefix of what the simulator serves itself (images, videos, public file URLs); no key needed. */
  public static final String MEDIA_PREFIX = "/sim/";

  private Routes() {}

  public static Router install(Context ctx, OpenApi api) {
    ChatRoute chat = new ChatRoute(ctx);
    ResponsesRoute responses = new ResponsesRoute(ctx);
    MessagesRoute messages = new MessagesRoute(ctx);
    CompletionsRoute completions = new CompletionsRoute(ctx);
    EmbeddingsRoute embeddings = new EmbeddingsRoute();
    ModelsRoute models = new ModelsRoute();
    TokenizerRoute tokenizer = new TokenizerRoute();
    ImagesRoute images = new ImagesRoute(ctx);
    VideosRoute videos = new VideosRoute(ctx);
    FilesRoute files = new FilesRoute(ctx);
    SkillsRoute skills = new SkillsRoute(ctx);
    DocumentsRoute documents = new DocumentsRoute(ctx);
    ApiKeyRoute apiKey = new ApiKeyRoute();
    BatchesRoute batches = new BatchesRoute(ctx, chat);
    VoiceRoute voice = new VoiceRoute(ctx);
    SpeechToTextRoute stt = new SpeechToTextRoute();
    CustomVoicesRoute customVoices = new CustomVoicesRoute(ctx);
    ManagementRoute management = new ManagementRoute(ctx);
    Router handWritten = new Router()
        .add("GET", "/v1/api-key", apiKey::apiKey)
        .add("GET", "/v1/me", apiKey::me)
        .add("GET", "/v1/batches", batches::list)
        .add("POST", "/v1/batches", batches::create)
        .add("GET", "/v1/batches/{batch_id}", batches::get)
        .add("POST", "/v1/batches/{batch_id}:cancel", batches::cancel)
        .add("GET", "/v1/batches/{batch_id}/requests", batches::requests)
        .add("POST", "/v1/batches/{batch_id}/requests", batches::addRequests)
        .add("GET", "/v1/batches/{batch_id}/results", batches::results)
        .add("POST", "/v1/chat/completions", chat::create)
        .add("GET", "/v1/chat/deferred-completion/{request_id}", chat::deferred)
        .add("POST", "/v1/complete", completions::complete)
        .add("POST", "/v1/completions", completions::completions)
        .add("GET", "/v1/custom-voices", customVoices::list)
        .add("POST", "/v1/custom-voices", customVoices::create)
        .add("GET", "/v1/custom-voices/{voice_id}", customVoices::retrieve)
        .add("PATCH", "/v1/custom-voices/{voice_id}", customVoices::update)
        .add("DELETE", "/v1/custom-voices/{voice_id}", customVoices::delete)
        .add("GET", "/v1/custom-voices/{voice_id}/audio", customVoices::audio)
        .add("POST", "/v1/documents/search", documents::search)
        .add("GET", "/v1/embedding-models", models.list(Catalogue.Kind.EMBEDDING))
        .add("GET", "/v1/embedding-models/{model_id}", models.get(Catalogue.Kind.EMBEDDING))
        .add("POST", "/v1/embeddings", embeddings::create)
        .add("GET", "/v1/files", files::list)
        .add("POST", "/v1/files", files::upload)
        .add("GET", "/v1/files/{file_id}", files::retrieve)
        .add("DELETE", "/v1/files/{file_id}", files::delete)
        .add("GET", "/v1/files/{file_id}/content", files::content)
        .add("POST", "/v1/files/{file_id}/public-url", files::createPublicUrl)
        .add("POST", "/v1/files/{file_id}/public-url/revoke", files::revokePublicUrl)
        .add("GET", "/v1/image-generation-models", models.list(Catalogue.Kind.IMAGE))
        .add("GET", "/v1/image-generation-models/{model_id}", models.get(Catalogue.Kind.IMAGE))
        .add("POST", "/v1/images/edits", images::create)
        .add("POST", "/v1/images/generations", images::create)
        .add("GET", "/v1/images/{request_id}", images::deferred)
        .add("GET", "/v1/language-models", models.list(Catalogue.Kind.LANGUAGE))
        .add("GET", "/v1/language-models/{model_id}", models.get(Catalogue.Kind.LANGUAGE))
        .add("POST", "/v1/messages", messages::create)
        .add("GET", "/v1/models", models::list)
        .add("GET", "/v1/models/{model_id}", models::get)
        .add("POST", "/v1/responses", responses::create)
        .add("POST", "/v1/responses/compact", responses::compact)
        .add("GET", "/v1/responses/{response_id}", responses::retrieve)
        .add("DELETE", "/v1/responses/{response_id}", responses::delete)
        .add("GET", "/v1/responses/{response_id}/input_items", responses::inputItems)
        .add("GET", "/v1/skills", skills::list)
        .add("POST", "/v1/skills", skills::upload)
        .add("GET", "/v1/skills/{skill_id}", skills::retrieve)
        .add("DELETE", "/v1/skills/{skill_id}", skills::delete)
        .add("GET", "/v1/skills/{skill_id}/content", skills::content)
        .add("POST", "/v1/realtime/client_secrets", voice::clientSecret)
        .add("POST", "/v1/stt", stt::transcribe)
        .add("POST", "/v1/tokenize-text", tokenizer::tokenize)
        .add("POST", "/v1/tts", voice::speak)
        .add("GET", "/v1/tts/voices", voice::voices)
        .add("GET", "/v1/tts/voices/{voice_id}", voice::voice)
        .add("GET", "/v1/video-generation-models", models.list(Catalogue.Kind.VIDEO))
        .add("GET", "/v1/video-generation-models/{model_id}", models.get(Catalogue.Kind.VIDEO))
        .add("POST", "/v1/videos/edits", videos::start)
        .add("POST", "/v1/videos/extensions", videos::start)
        .add("POST", "/v1/videos/generations", videos::start)
        .add("GET", "/v1/videos/{request_id}", videos::poll)
        .add("GET", "/sim/{kind}/{name}", call -> media(ctx, call))
        // xAI's management API (another host there; here the same one, with its own key).
        .add("POST", "/v1/collections", management::createCollection)
        .add("GET", "/v1/collections", management::listCollections)
        .add("GET", "/v1/collections/{collection_id}", management::getCollection)
        .add("PUT", "/v1/collections/{collection_id}", management::updateCollection)
        .add("DELETE", "/v1/collections/{collection_id}", management::deleteCollection)
        .add("GET", "/v1/collections/{collection_id}/documents", management::listDocuments)
        .add("GET", "/v1/collections/{collection_id}/documents:batchGet", management::batchGetDocuments)
        .add("POST", "/v1/collections/{collection_id}/documents/{file_id}", management::addDocument)
        .add("GET", "/v1/collections/{collection_id}/documents/{file_id}", management::getDocument)
        .add("PATCH", "/v1/collections/{collection_id}/documents/{file_id}", management::reindexDocument)
        .add("DELETE", "/v1/collections/{collection_id}/documents/{file_id}", management::removeDocument)
        .add("POST", "/auth/teams/{teamId}/api-keys", management::createKey)
        .add("GET", "/auth/teams/{teamId}/api-keys", management::listKeys)
        .add("DELETE", "/auth/api-keys/{apiKeyId}", management::deleteKey)
        .add("GET", "/auth/api-keys/{apiKeyId}/propagation", management::propagation)
        .add("GET", "/auth/teams/{teamId}/models", management::teamModels)
        .add("GET", "/auth/teams/{teamId}/endpoints", management::teamEndpoints)
        .add("GET", "/auth/management-keys/validation", management::validate)
        .add("GET", "/v1/billing/teams/{team_id}/postpaid/invoice/preview", management::invoicePreview)
        .add("GET", "/v1/billing/teams/{team_id}/prepaid/balance", management::prepaidBalance);
    return DefaultRoute.addMissing(handWritten, api);
  }

  /**
   * Whether {@code path} belongs to xAI's management API (another host at xAI, taking a
   * management key): collections, {@code /auth/...} and billing.
   */
  public static boolean isManagement(String path) {
    return path.startsWith("/auth/") || path.equals("/v1/collections")
        || path.startsWith("/v1/collections/") || path.startsWith("/v1/billing/");
  }

  private static void media(Context ctx, Call call) {
    byte[] bytes = ctx.state().media.get(call.path());
    if (bytes == null) {
      call.error(404, "Nothing is served at " + call.path() + ".");
      return;
    }
    String type = call.path().endsWith(".png") ? "image/png"
        : call.path().endsWith(".mp4") ? "video/mp4" : "application/octet-stream";
    call.stream(200, type, new java.io.ByteArrayInputStream(bytes));
  }

  /** An integer query parameter, or {@code fallback}; a non-number counts as out of range (-1). */
  static int intQuery(Call call, String name, int fallback) {
    String v = call.query(name);
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The parts of a multipart body; answers 415 or 400 and returns null when there are none to read. */
  static List<Multipart.Part> multipart(Call call) {
    String boundary = Multipart.boundary(call.header("Content-Type"));
    if (boundary == null) {
      call.error(415, "Expected request with `Content-Type: multipart/form-data; boundary=...`.");
      return null;
    }
    try {
      return Multipart.parse(call.body(), boundary);
    } catch (Multipart.MalformedException e) {
      call.error(400, "Malformed multipart body: " + e.getMessage() + ".");
      return null;
    }
  }

  /** The key the caller sent, from {@code Authorization: Bearer} or {@code x-api-key}; "" if none. */
  public static String presentedKey(Call call) {
    String auth = call.header("Authorization");
    if (auth != null && auth.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      return auth.substring("bearer ".length()).trim();
    }
    String key = call.header("x-api-key");
    return key == null ? "" : key.trim();
  }
}
