package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.SkillsApi;
import io.github.xaijava.generated.model.DeletedSkill;
import io.github.xaijava.generated.model.Skill;
import io.github.xaijava.internal.http.Transport;
import io.github.xaijava.internal.pagination.CursorPage;
import io.github.xaijava.internal.pagination.HasMoreCursor;
import io.github.xaijava.internal.transfer.Downloads;
import io.github.xaijava.internal.transfer.Uploads;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.services.async.AsyncSkillsService;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link AsyncSkillsService} over the generated {@link SkillsApi}. */
public final class AsyncSkillsServiceImpl implements AsyncSkillsService {

  private final ServiceContext context;
  private final SkillsApi api;

  public AsyncSkillsServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(SkillsApi.class);
  }

  @Override
  public CompletableFuture<Skill> upload(List<FileUpload> files, RequestOptions options) {
    Args.required(files, "files");
    return context.calls().jsonAsync(api.uploadSkill(Uploads.parts("files", files)), options);
  }

  @Override
  public CompletableFuture<Page<Skill>> list(CursorListParams params, RequestOptions options) {
    return CursorPage.firstAsync(SkillsServiceImpl.source(context, api, params, options),
        HasMoreCursor.skills());
  }

  @Override
  public CompletableFuture<Skill> retrieve(String skillId, RequestOptions options) {
    Args.id(skillId, "skillId");
    return context.calls().jsonAsync(api.retrieveSkill(skillId), options);
  }

  @Override
  public CompletableFuture<DeletedSkill> delete(String skillId, RequestOptions options) {
    Args.id(skillId, "skillId");
    return context.calls().jsonAsync(api.deleteSkill(skillId), options);
  }

  @Override
  public CompletableFuture<InputStream> content(String skillId, RequestOptions options) {
    Args.id(skillId, "skillId");
    return context.calls().deliver(context.calls().openAsync(api.downloadSkillContent(skillId),
        options, Transport.Mode.STREAM), Downloads::stream);
  }

  @Override
  public CompletableFuture<Long> download(String skillId, Path target, RequestOptions options) {
    Args.id(skillId, "skillId");
    Args.required(target, "target");
    return context.calls().deliver(context.calls().openAsync(api.downloadSkillContent(skillId),
        options, Transport.Mode.STREAM), response -> Downloads.toPath(response, target));
  }
}
