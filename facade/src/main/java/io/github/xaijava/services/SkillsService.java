package io.github.xaijava.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.model.*;
import java.util.Map;
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
   * Uploads a skill from files held in memory.
   *
   * <p>{@code POST /v1/skills (multipart)}
   *
   * @param files file name to content, sent in iteration order as {@code files} parts
   * @return the skill
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default Skill upload(Map<String, byte[]> files) {
    return upload(files, RequestOptions.none());
  }

  /**
   * Uploads a skill from files held in memory.
   *
   * <p>{@code POST /v1/skills (multipart)}
   *
   * @param files file name to content, sent in iteration order as {@code files} parts
   * @param options per-request options
   * @return the skill
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  Skill upload(Map<String, byte[]> files, RequestOptions options);

  /**
   * Async form of {@link #upload(Map)}.
   *
   * @param files file name to content, sent in iteration order as {@code files} parts
   * @return a future completed with the skill, or failed with the same exceptions
   */
  default CompletableFuture<Skill> uploadAsync(Map<String, byte[]> files) {
    return uploadAsync(files, RequestOptions.none());
  }

  /**
   * Async form of {@link #upload(Map)}.
   *
   * @param files file name to content, sent in iteration order as {@code files} parts
   * @param options per-request options
   * @return a future completed with the skill, or failed with the same exceptions
   */
  CompletableFuture<Skill> uploadAsync(Map<String, byte[]> files, RequestOptions options);

  /**
   * Lists one page of skills.
   *
   * <p>{@code GET /v1/skills}
   *
   * @param params limit, order and cursor; {@link SkillListParams#none()} for the defaults
   * @return the page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default SkillList list(SkillListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists one page of skills.
   *
   * <p>{@code GET /v1/skills}
   *
   * @param params limit, order and cursor; {@link SkillListParams#none()} for the defaults
   * @param options per-request options
   * @return the page
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  SkillList list(SkillListParams params, RequestOptions options);

  /**
   * Async form of {@link #list(SkillListParams)}.
   *
   * @param params limit, order and cursor; {@link SkillListParams#none()} for the defaults
   * @return a future completed with the page, or failed with the same exceptions
   */
  default CompletableFuture<SkillList> listAsync(SkillListParams params) {
    return listAsync(params, RequestOptions.none());
  }

  /**
   * Async form of {@link #list(SkillListParams)}.
   *
   * @param params limit, order and cursor; {@link SkillListParams#none()} for the defaults
   * @param options per-request options
   * @return a future completed with the page, or failed with the same exceptions
   */
  CompletableFuture<SkillList> listAsync(SkillListParams params, RequestOptions options);

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
   * Downloads a skill's zip archive into memory.
   *
   * <p>{@code GET /v1/skills/{skill_id}/content}
   *
   * @param skillId the skill id
   * @return the zip bytes
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  default byte[] contentBytes(String skillId) {
    return contentBytes(skillId, RequestOptions.none());
  }

  /**
   * Downloads a skill's zip archive into memory.
   *
   * <p>{@code GET /v1/skills/{skill_id}/content}
   *
   * @param skillId the skill id
   * @param options per-request options
   * @return the zip bytes
   * @throws io.github.xaijava.errors.XaiApiException if the API answers with an error status
   * @throws io.github.xaijava.errors.XaiIoException on a network failure or timeout
   */
  byte[] contentBytes(String skillId, RequestOptions options);

  /**
   * Async form of {@link #contentBytes(String)}.
   *
   * @param skillId the skill id
   * @return a future completed with the zip bytes, or failed with the same exceptions
   */
  default CompletableFuture<byte[]> contentBytesAsync(String skillId) {
    return contentBytesAsync(skillId, RequestOptions.none());
  }

  /**
   * Async form of {@link #contentBytes(String)}.
   *
   * @param skillId the skill id
   * @param options per-request options
   * @return a future completed with the zip bytes, or failed with the same exceptions
   */
  CompletableFuture<byte[]> contentBytesAsync(String skillId, RequestOptions options);
}
