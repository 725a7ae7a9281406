package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.pagination.CursorListParams;
import io.github.xaijava.pagination.Page;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Skills ({@code /v1/skills}): upload, list, fetch, download and delete.
 *
 * <p>Reached with {@code client.skills()}. Every operation has a blocking
 * form and an {@code …Async} form returning a {@link CompletableFuture}, each with and
 * without {@link RequestOptions}. Thread-safe.
 */
public interface SkillsService {

  /**
   * Uploads a skill as multipart with one {@code files} part per file.
   *
   * <p>{@code POST /v1/skills (multipart)}
   *
   * @param files the skill's files (e.g. {@code SKILL.md} first), each sent as a {@code files} part in list order
   * @return the skill
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default Skill upload(List<FileUpload> files) {
    return upload(files, RequestOptions.none());
  }

  /**
   * Uploads a skill as multipart with one {@code files} part per file.
   *
   * <p>{@code POST /v1/skills (multipart)}
   *
   * @param files the skill's files (e.g. {@code SKILL.md} first), each sent as a {@code files} part in list order
   * @param options per-request options
   * @return the skill
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  Skill upload(List<FileUpload> files, RequestOptions options);

  /**
   * Async form of {@link #upload(List)}.
   *
   * @param files the skill's files (e.g. {@code SKILL.md} first), each sent as a {@code files} part in list order
   * @return a future completed with the skill, or failed with the same exceptions
   */
  default CompletableFuture<Skill> uploadAsync(List<FileUpload> files) {
    return uploadAsync(files, RequestOptions.none());
  }

  /**
   * Async form of {@link #upload(List)}.
   *
   * @param files the skill's files (e.g. {@code SKILL.md} first), each sent as a {@code files} part in list order
   * @param options per-request options
   * @return a future completed with the skill, or failed with the same exceptions
   */
  CompletableFuture<Skill> uploadAsync(List<FileUpload> files, RequestOptions options);

  /**
   * The first page of all skills with xAI's defaults; see {@link #list(CursorListParams)}.
   *
   * @return the first page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default Page<Skill> list() {
    return list(CursorListParams.none());
  }

  /**
   * Async form of {@link #list()}.
   *
   * @return a future completed with the first page, or failed with the same exceptions
   */
  default CompletableFuture<Page<Skill>> listAsync() {
    return listAsync(CursorListParams.none());
  }

  /**
   * Lists skills, one page at a time ({@code has_more} / {@code after = last_id}); {@code autoPager()} walks them all.
   *
   * <p>{@code GET /v1/skills}
   *
   * @param params limit and order, carried to every page; {@link CursorListParams#none()} for the defaults
   * @return the first page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default Page<Skill> list(CursorListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists skills, one page at a time ({@code has_more} / {@code after = last_id}); {@code autoPager()} walks them all.
   *
   * <p>{@code GET /v1/skills}
   *
   * @param params limit and order, carried to every page; {@link CursorListParams#none()} for the defaults
   * @param options per-request options
   * @return the first page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  Page<Skill> list(CursorListParams params, RequestOptions options);

  /**
   * Async form of {@link #list(CursorListParams)}.
   *
   * @param params limit and order, carried to every page; {@link CursorListParams#none()} for the defaults
   * @return a future completed with the first page, or failed with the same exceptions
   */
  default CompletableFuture<Page<Skill>> listAsync(CursorListParams params) {
    return listAsync(params, RequestOptions.none());
  }

  /**
   * Async form of {@link #list(CursorListParams)}.
   *
   * @param params limit and order, carried to every page; {@link CursorListParams#none()} for the defaults
   * @param options per-request options
   * @return a future completed with the first page, or failed with the same exceptions
   */
  CompletableFuture<Page<Skill>> listAsync(CursorListParams params, RequestOptions options);

  /**
   * Fetches a skill.
   *
   * <p>{@code GET /v1/skills/{skill_id}}
   *
   * @param skillId the skill id
   * @return the skill
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default Skill retrieve(String skillId) {
    return retrieve(skillId, RequestOptions.none());
  }

  /**
   * Fetches a skill.
   *
   * <p>{@code GET /v1/skills/{skill_id}}
   *
   * @param skillId the skill id
   * @param options per-request options
   * @return the skill
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  Skill retrieve(String skillId, RequestOptions options);

  /**
   * Async form of {@link #retrieve(String)}.
   *
   * @param skillId the skill id
   * @return a future completed with the skill, or failed with the same exceptions
   */
  default CompletableFuture<Skill> retrieveAsync(String skillId) {
    return retrieveAsync(skillId, RequestOptions.none());
  }

  /**
   * Async form of {@link #retrieve(String)}.
   *
   * @param skillId the skill id
   * @param options per-request options
   * @return a future completed with the skill, or failed with the same exceptions
   */
  CompletableFuture<Skill> retrieveAsync(String skillId, RequestOptions options);

  /**
   * Deletes a skill.
   *
   * <p>{@code DELETE /v1/skills/{skill_id}}
   *
   * @param skillId the skill id
   * @return the deletion result
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default DeletedSkill delete(String skillId) {
    return delete(skillId, RequestOptions.none());
  }

  /**
   * Deletes a skill.
   *
   * <p>{@code DELETE /v1/skills/{skill_id}}
   *
   * @param skillId the skill id
   * @param options per-request options
   * @return the deletion result
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  DeletedSkill delete(String skillId, RequestOptions options);

  /**
   * Async form of {@link #delete(String)}.
   *
   * @param skillId the skill id
   * @return a future completed with the deletion result, or failed with the same exceptions
   */
  default CompletableFuture<DeletedSkill> deleteAsync(String skillId) {
    return deleteAsync(skillId, RequestOptions.none());
  }

  /**
   * Async form of {@link #delete(String)}.
   *
   * @param skillId the skill id
   * @param options per-request options
   * @return a future completed with the deletion result, or failed with the same exceptions
   */
  CompletableFuture<DeletedSkill> deleteAsync(String skillId, RequestOptions options);

  /**
   * Opens a skill's zip archive as a stream, read straight from the connection. The caller must close it.
   *
   * <p>{@code GET /v1/skills/{skill_id}/content}
   *
   * @param skillId the skill id
   * @return the open stream
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default InputStream content(String skillId) {
    return content(skillId, RequestOptions.none());
  }

  /**
   * Opens a skill's zip archive as a stream, read straight from the connection. The caller must close it.
   *
   * <p>{@code GET /v1/skills/{skill_id}/content}
   *
   * @param skillId the skill id
   * @param options per-request options
   * @return the open stream
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  InputStream content(String skillId, RequestOptions options);

  /**
   * Async form of {@link #content(String)}.
   *
   * @param skillId the skill id
   * @return a future completed with the open stream, or failed with the same exceptions
   */
  default CompletableFuture<InputStream> contentAsync(String skillId) {
    return contentAsync(skillId, RequestOptions.none());
  }

  /**
   * Async form of {@link #content(String)}.
   *
   * @param skillId the skill id
   * @param options per-request options
   * @return a future completed with the open stream, or failed with the same exceptions
   */
  CompletableFuture<InputStream> contentAsync(String skillId, RequestOptions options);

  /**
   * Streams a skill's zip archive to {@code target} in bounded memory.
   *
   * <p>{@code GET /v1/skills/{skill_id}/content}
   *
   * @param skillId the skill id
   * @param target where to write the zip; replaced only once the whole body has arrived
   * @return the number of bytes written
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default long download(String skillId, Path target) {
    return download(skillId, target, RequestOptions.none());
  }

  /**
   * Streams a skill's zip archive to {@code target} in bounded memory.
   *
   * <p>{@code GET /v1/skills/{skill_id}/content}
   *
   * @param skillId the skill id
   * @param target where to write the zip; replaced only once the whole body has arrived
   * @param options per-request options
   * @return the number of bytes written
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  long download(String skillId, Path target, RequestOptions options);

  /**
   * Async form of {@link #download(String, Path)}.
   *
   * @param skillId the skill id
   * @param target where to write the zip; replaced only once the whole body has arrived
   * @return a future completed with the number of bytes written, or failed with the same exceptions
   */
  default CompletableFuture<Long> downloadAsync(String skillId, Path target) {
    return downloadAsync(skillId, target, RequestOptions.none());
  }

  /**
   * Async form of {@link #download(String, Path)}.
   *
   * @param skillId the skill id
   * @param target where to write the zip; replaced only once the whole body has arrived
   * @param options per-request options
   * @return a future completed with the number of bytes written, or failed with the same exceptions
   */
  CompletableFuture<Long> downloadAsync(String skillId, Path target, RequestOptions options);
}
