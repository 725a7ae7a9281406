package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.DeletedSkill;
import io.github.xaijava.generated.model.Skill;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.params.CursorListParams;
import io.github.xaijava.params.FileUpload;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Skills ({@code /v1/skills}): upload, list, fetch, download (a zip), delete. Reached with
 * {@code client.skills()}; without blocking, {@code client.async().skills()}. Errors as in
 * {@link ChatService}. Thread-safe.
 */
public interface SkillsService {

  /** Uploads a skill made of {@code files} ({@code POST /v1/skills}, one multipart part each). */
  default Skill upload(List<FileUpload> files) {
    return upload(files, RequestOptions.none());
  }

  /** @see #upload(List) */
  Skill upload(List<FileUpload> files, RequestOptions options);

  /** The first page of skills ({@code GET /v1/skills}); {@code autoPager()} walks them all. */
  default Page<Skill> list() {
    return list(CursorListParams.none(), RequestOptions.none());
  }

  /** @see #list() */
  default Page<Skill> list(CursorListParams params) {
    return list(params, RequestOptions.none());
  }

  /** @see #list() */
  Page<Skill> list(CursorListParams params, RequestOptions options);

  /** A skill's metadata ({@code GET /v1/skills/{id}}). */
  default Skill retrieve(String skillId) {
    return retrieve(skillId, RequestOptions.none());
  }

  /** @see #retrieve(String) */
  Skill retrieve(String skillId, RequestOptions options);

  /** Deletes a skill ({@code DELETE /v1/skills/{id}}). */
  default DeletedSkill delete(String skillId) {
    return delete(skillId, RequestOptions.none());
  }

  /** @see #delete(String) */
  DeletedSkill delete(String skillId, RequestOptions options);

  /** A skill as a zip stream ({@code GET /v1/skills/{id}/content}); close it when done. */
  default InputStream content(String skillId) {
    return content(skillId, RequestOptions.none());
  }

  /** @see #content(String) */
  InputStream content(String skillId, RequestOptions options);

  /** Downloads a skill's zip into {@code target} (as {@link FilesService#download}). */
  default long download(String skillId, Path target) {
    return download(skillId, target, RequestOptions.none());
  }

  /** @see #download(String, Path) */
  long download(String skillId, Path target, RequestOptions options);
}
