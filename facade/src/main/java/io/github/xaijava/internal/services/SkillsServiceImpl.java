package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.SkillsApi;
import io.github.xaijava.generated.model.DeletedSkill;
import io.github.xaijava.generated.model.Skill;
import io.github.xaijava.generated.model.SkillList;
import io.github.xaijava.internal.http.Transport;
import io.github.xaijava.internal.pagination.CursorPage;
import io.github.xaijava.internal.pagination.HasMoreCursor;
import io.github.xaijava.internal.pagination.PageSource;
import io.github.xaijava.internal.transfer.Downloads;
import io.github.xaijava.internal.transfer.Uploads;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.services.SkillsService;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Not API. {@link SkillsService} over the generated {@link SkillsApi}. */
public final class SkillsServiceImpl implements SkillsService {

  private final ServiceContext context;
  private final SkillsApi api;

  public SkillsServiceImpl(ServiceContext context) {
    this.context = context;
    this.api = context.api(SkillsApi.class);
  }

  @Override
  public Skill upload(List<FileUpload> files, RequestOptions options) {
    Args.required(files, "files");
    return context.calls().json(api.uploadSkill(Uploads.parts("files", files)), options);
  }

  @Override
  public Page<Skill> list(CursorListParams params, RequestOptions options) {
    return CursorPage.first(source(context, api, params, options), HasMoreCursor.skills());
  }

  @Override
  public Skill retrieve(String skillId, RequestOptions options) {
    Args.id(skillId, "skillId");
    return context.calls().json(api.retrieveSkill(skillId), options);
  }

  @Override
  public DeletedSkill delete(String skillId, RequestOptions options) {
    Args.id(skillId, "skillId");
    return context.calls().json(api.deleteSkill(skillId), options);
  }

  @Override
  public InputStream content(String skillId, RequestOptions options) {
    Args.id(skillId, "skillId");
    return Downloads.stream(context.calls().open(api.downloadSkillContent(skillId), options,
        Transport.Mode.STREAM));
  }

  @Override
  public long download(String skillId, Path target, RequestOptions options) {
    Args.id(skillId, "skillId");
    Args.required(target, "target");
    return Downloads.toPath(context.calls().open(api.downloadSkillContent(skillId), options,
        Transport.Mode.STREAM), target);
  }

  /** Pages of {@code GET /v1/skills}, the caller's parameters on each. */
  static PageSource<SkillList> source(ServiceContext context, SkillsApi api,
      CursorListParams params, RequestOptions options) {
    Integer limit = params.limit().isPresent() ? params.limit().getAsInt() : null;
    String order = params.order().map(o -> o.wireValue()).orElse(null);
    return new PageSource<>() {
      @Override
      public SkillList fetch(String cursor) {
        return context.calls().json(api.listSkills(limit, cursor, order), options);
      }

      @Override
      public CompletableFuture<SkillList> fetchAsync(String cursor) {
        return context.calls().jsonAsync(api.listSkills(limit, cursor, order), options);
      }
    };
  }
}
