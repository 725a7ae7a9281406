package io.github.xaijava.services.async;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.DeletedSkill;
import io.github.xaijava.generated.model.Skill;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.services.SkillsService;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link SkillsService} without blocking: {@code client.async().skills()}. */
public interface AsyncSkillsService {

  /** @see SkillsService#upload(List) */
  default CompletableFuture<Skill> upload(List<FileUpload> files) {
    return upload(files, RequestOptions.none());
  }

  /** @see SkillsService#upload(List) */
  CompletableFuture<Skill> upload(List<FileUpload> files, RequestOptions options);

  /** @see SkillsService#list() */
  default CompletableFuture<Page<Skill>> list() {
    return list(CursorListParams.none(), RequestOptions.none());
  }

  /** @see SkillsService#list() */
  default CompletableFuture<Page<Skill>> list(CursorListParams params) {
    return list(params, RequestOptions.none());
  }

  /** @see SkillsService#list() */
  CompletableFuture<Page<Skill>> list(CursorListParams params, RequestOptions options);

  /** @see SkillsService#retrieve(String) */
  default CompletableFuture<Skill> retrieve(String skillId) {
    return retrieve(skillId, RequestOptions.none());
  }

  /** @see SkillsService#retrieve(String) */
  CompletableFuture<Skill> retrieve(String skillId, RequestOptions options);

  /** @see SkillsService#delete(String) */
  default CompletableFuture<DeletedSkill> delete(String skillId) {
    return delete(skillId, RequestOptions.none());
  }

  /** @see SkillsService#delete(String) */
  CompletableFuture<DeletedSkill> delete(String skillId, RequestOptions options);

  /** @see SkillsService#content(String) */
  default CompletableFuture<InputStream> content(String skillId) {
    return content(skillId, RequestOptions.none());
  }

  /** @see SkillsService#content(String) */
  CompletableFuture<InputStream> content(String skillId, RequestOptions options);

  /** @see SkillsService#download(String, Path) */
  default CompletableFuture<Long> download(String skillId, Path target) {
    return download(skillId, target, RequestOptions.none());
  }

  /** @see SkillsService#download(String, Path) */
  CompletableFuture<Long> download(String skillId, Path target, RequestOptions options);
}
