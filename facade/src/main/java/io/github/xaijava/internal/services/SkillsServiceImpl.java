package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.generated.api.SkillsApi;
import io.github.xaijava.generated.model.*;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.internal.pagination.ListSources;
import io.github.xaijava.internal.transfer.AsyncRunner;
import io.github.xaijava.internal.transfer.Exchange;
import io.github.xaijava.internal.transfer.FileCalls;
import io.github.xaijava.pagination.CursorListParams;
import io.github.xaijava.pagination.Page;
import io.github.xaijava.services.FileUpload;
import io.github.xaijava.services.SkillsService;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
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
  public Skill upload(List<FileUpload> files, RequestOptions options) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(options, "options");
    return new FileCalls(Exchange.of(core, options), core.baseUrl()).uploadSkill(files);
  }

  @Override
  public CompletableFuture<Skill> uploadAsync(List<FileUpload> files, RequestOptions options) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(options, "options");
    return core.async(() -> upload(files, options));
  }

  @Override
  public Page<Skill> list(CursorListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    return ListSources.skills(
        Exchange.of(core, options), AsyncRunner.of(core), core.baseUrl(), params);
  }

  @Override
  public CompletableFuture<Page<Skill>> listAsync(CursorListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    return ListSources.skillsAsync(
        Exchange.of(core, options), AsyncRunner.of(core), core.baseUrl(), params);
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
  public InputStream content(String skillId, RequestOptions options) {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(options, "options");
    return downloads(options).skillContent(skillId);
  }

  @Override
  public CompletableFuture<InputStream> contentAsync(String skillId, RequestOptions options) {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(options, "options");
    return core.async(() -> content(skillId, options));
  }

  @Override
  public long download(String skillId, Path target, RequestOptions options) {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    return downloads(options).downloadSkill(skillId, target);
  }

  @Override
  public CompletableFuture<Long> downloadAsync(String skillId, Path target, RequestOptions options) {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    return core.async(() -> download(skillId, target, options));
  }

  /** Downloads on the streaming path: no whole-call timeout cuts off a large body. */
  private FileCalls downloads(RequestOptions options) {
    return new FileCalls(Exchange.streaming(core, options), core.baseUrl());
  }
}
