package io.github.xaijava.internal.pagination;

import io.github.xaijava.generated.model.ModelInputPart;
import io.github.xaijava.generated.model.ListFilesResponse;
import io.github.xaijava.generated.model.ListInputItemsResponse;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.generated.model.Skill;
import io.github.xaijava.generated.model.SkillList;
import io.github.xaijava.internal.transfer.AsyncRunner;
import io.github.xaijava.internal.transfer.Exchange;
import io.github.xaijava.internal.transfer.JsonCalls;
import io.github.xaijava.pagination.CursorListParams;
import io.github.xaijava.pagination.FileListParams;
import io.github.xaijava.pagination.Page;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * The three paginated lists over an {@link Exchange}: each binds the caller's parameters into
 * every page request and pairs the endpoint with its end-of-list rule. Async fetches (first
 * page and {@code nextPageAsync}) run on the given {@link AsyncRunner}.
 */
public final class ListSources {

  private ListSources() {
  }

  /** First page of {@code GET /v1/files}; {@code baseUrl} ends with {@code /}. */
  public static Page<ModelFile> files(Exchange exchange, AsyncRunner async, HttpUrl baseUrl, FileListParams params) {
    return CursorPage.first(filesSource(exchange, baseUrl, params), async, fileRule(params));
  }

  /** {@link #files} without blocking. */
  public static CompletableFuture<Page<ModelFile>> filesAsync(
      Exchange exchange, AsyncRunner async, HttpUrl baseUrl, FileListParams params) {
    return CursorPage.firstAsync(filesSource(exchange, baseUrl, params), async, fileRule(params));
  }

  /** First page of {@code GET /v1/skills}. */
  public static Page<Skill> skills(
      Exchange exchange, AsyncRunner async, HttpUrl baseUrl, CursorListParams params) {
    return CursorPage.first(
        skillsSource(exchange, baseUrl, params), async, HasMoreCursor.skills());
  }

  /** {@link #skills} without blocking. */
  public static CompletableFuture<Page<Skill>> skillsAsync(
      Exchange exchange, AsyncRunner async, HttpUrl baseUrl, CursorListParams params) {
    return CursorPage.firstAsync(
        skillsSource(exchange, baseUrl, params), async, HasMoreCursor.skills());
  }

  /** First page of {@code GET /v1/responses/{id}/input_items}. */
  public static Page<ModelInputPart> inputItems(
      Exchange exchange, AsyncRunner async, HttpUrl baseUrl, String responseId,
      CursorListParams params) {
    return CursorPage.first(
        inputItemsSource(exchange, baseUrl, responseId, params), async,
        HasMoreCursor.inputItems());
  }

  /** {@link #inputItems} without blocking. */
  public static CompletableFuture<Page<ModelInputPart>> inputItemsAsync(
      Exchange exchange, AsyncRunner async, HttpUrl baseUrl, String responseId,
      CursorListParams params) {
    return CursorPage.firstAsync(
        inputItemsSource(exchange, baseUrl, responseId, params), async,
        HasMoreCursor.inputItems());
  }

  static TokenCursor fileRule(FileListParams params) {
    return new TokenCursor(params.effectiveLimit());
  }

  static PageSource<ListFilesResponse> filesSource(
      Exchange exchange, HttpUrl baseUrl, FileListParams params) {
    Objects.requireNonNull(params, "params == null");
    return cursor -> {
      HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments("v1/files");
      // Always sent: the token never ends the list, so only a short page can, which needs a
      // known limit.
      url.addQueryParameter("limit", Integer.toString(params.effectiveLimit()));
      params.order().ifPresent(o -> url.addQueryParameter("order", o.wireValue()));
      params.sortBy().ifPresent(s -> url.addQueryParameter("sort_by", s));
      params.filter().ifPresent(f -> url.addQueryParameter("filter", f));
      if (cursor != null) {
        url.addQueryParameter("pagination_token", cursor);
      }
      return JsonCalls.get(exchange, url.build(), ListFilesResponse.class);
    };
  }

  static PageSource<SkillList> skillsSource(
      Exchange exchange, HttpUrl baseUrl, CursorListParams params) {
    Objects.requireNonNull(params, "params == null");
    return cursor -> JsonCalls.get(
        exchange, cursorUrl(baseUrl.newBuilder().addPathSegments("v1/skills"), params, cursor),
        SkillList.class);
  }

  static PageSource<ListInputItemsResponse> inputItemsSource(
      Exchange exchange, HttpUrl baseUrl, String responseId, CursorListParams params) {
    Objects.requireNonNull(responseId, "responseId == null");
    Objects.requireNonNull(params, "params == null");
    return cursor -> JsonCalls.get(
        exchange,
        cursorUrl(
            baseUrl.newBuilder()
                .addPathSegments("v1/responses")
                .addPathSegment(responseId)
                .addPathSegment("input_items"),
            params,
            cursor),
        ListInputItemsResponse.class);
  }

  private static HttpUrl cursorUrl(HttpUrl.Builder url, CursorListParams params, String after) {
    params.limit().ifPresent(l -> url.addQueryParameter("limit", Integer.toString(l)));
    params.order().ifPresent(o -> url.addQueryParameter("order", o.wireValue()));
    if (after != null) {
      url.addQueryParameter("after", after);
    }
    return url.build();
  }
}
