package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.SkillsApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.services.SkillListParams;
import io.github.xaijava.services.SkillsService;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Not API. SkillsService over the generated {@link SkillsApi} and {@link HttpCore}. */
public final class SkillsServiceImpl implements SkillsService {

  private final HttpCore core;
  private final SkillsApi api;

  /**
   * Creates the service.
   *
   * @param core the client's HTTP core
   */
  public SkillsServiceImpl(HttpCore core) {
    this.core = core;
    this.api = core.api(SkillsApi.class);
  }

  @Override
  public Skill upload(Map<String, byte[]> files, RequestOptions options) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(options, "options");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("files must not be empty");
    }
    okhttp3.MultipartBody.Builder body = new okhttp3.MultipartBody.Builder()
        .setType(okhttp3.MultipartBody.FORM);
    files.forEach((name, bytes) -> body.addFormDataPart("files", name,
        okhttp3.RequestBody.create(bytes, okhttp3.MediaType.get("application/octet-stream"))));
    okhttp3.Request request = new okhttp3.Request.Builder()
        .url(core.url("v1/skills").build()).post(body.build()).build();
    okhttp3.Response response = core.execute(request, options);
    return core.readJson(response, Skill.class, HttpCore.retries(response));
  }

  @Override
  public CompletableFuture<Skill> uploadAsync(Map<String, byte[]> files, RequestOptions options) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(options, "options");
    return core.async(() -> upload(files, options));
  }

  @Override
  public SkillList list(SkillListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    return core.call(api.listSkills(params.limit(), params.after(), params.order()), options);
  }

  @Override
  public CompletableFuture<SkillList> listAsync(SkillListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    return core.async(() -> list(params, options));
  }

  @Override
  public Skill retrieve(String skillId, RequestOptions options) {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(options, "options");
    return core.call(api.retrieveSkill(skillId), options);
  }

  @Override
  public CompletableFuture<Skill> retrieveAsync(String skillId, RequestOptions options) {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> retrieve(skillId, options));
  }

  @Override
  public DeletedSkill delete(String skillId, RequestOptions options) {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(options, "options");
    return core.call(api.deleteSkill(skillId), options);
  }

  @Override
  public CompletableFuture<DeletedSkill> deleteAsync(String skillId, RequestOptions options) {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> delete(skillId, options));
  }

  @Override
  public byte[] contentBytes(String skillId, RequestOptions options) {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(options, "options");
    okhttp3.Request request = api.downloadSkillContent(skillId).request();
    return core.readBytes(core.execute(request, options));
  }

  @Override
  public CompletableFuture<byte[]> contentBytesAsync(String skillId, RequestOptions options) {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> contentBytes(skillId, options));
  }
}
