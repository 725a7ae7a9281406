package io.github.xaijava.internal.services;

import io.github.xaijava.config.RequestOptions;
import io.github.xaijava.internal.http.HttpCore;
import io.github.xaijava.internal.jobs.JobStarts;
import io.github.xaijava.internal.jobs.PollTimer;
import io.github.xaijava.internal.jobs.Poller;
import io.github.xaijava.internal.transfer.AsyncRunner;
import io.github.xaijava.internal.transfer.Exchange;

/**
 * Not API. Job handles bound to one client: polls go through its {@link HttpCore} (retries,
 * auth, typed errors), waits use its sleeper and clock, async awaits run on its threads.
 */
final class Jobs {

  private final HttpCore core;
  private final Poller poller;

  Jobs(HttpCore core) {
    this.core = core;
    this.poller = new Poller(core.options().pollOptions(), PollTimer.of(core), AsyncRunner.of(core));
  }

  /**
   * Starts with all of {@code options}; polls with its timeout, retries, headers and query
   * parameters but not its body properties, which a GET cannot carry.
   */
  JobStarts starts(RequestOptions options) {
    return new JobStarts(
        Exchange.of(core, options), Exchange.of(core, forPolls(options)), core.baseUrl(), poller);
  }

  private static RequestOptions forPolls(RequestOptions options) {
    if (options.bodyProperties().isEmpty()) {
      return options;
    }
    RequestOptions.Builder b = RequestOptions.builder();
    options.timeout().ifPresent(b::timeout);
    options.maxRetries().ifPresent(b::maxRetries);
    options.headers().forEach(b::header);
    options.queryParams().forEach(b::queryParam);
    return b.build();
  }
}
