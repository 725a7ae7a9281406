package io.github.xaijava;

import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.internal.http.Timers;
import io.github.xaijava.testsupport.RecordingScheduler;
import io.github.xaijava.testsupport.RecordingSleeper;
import java.time.Clock;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;

/** Builds clients against a loopback server with recorded waits instead of real ones. */
public final class TestClients {

  public static final String KEY = "xai-TESTKEY-0123456789abcdef";

  private TestClients() {
  }

  /** Time that never waits: sleeps and scheduled delays are recorded. */
  public static Timers timers(RecordingSleeper sleeper, RecordingScheduler scheduler) {
    return new Timers(sleeper, scheduler, Clock.systemUTC());
  }

  public static XaiClient client(String baseUrl, Timers timers,
      Consumer<ClientOptions.Builder> config) {
    // A test that forgets to queue an answer fails in minutes, not after the 30-minute default
    // (long enough for the longest Retry-After the retry tests honour).
    ClientOptions.Builder b = ClientOptions.builder().apiKey(KEY).baseUrl(baseUrl)
        .timeout(java.time.Duration.ofMinutes(2));
    config.accept(b);
    return XaiClient.create(b.build(), timers);
  }

  public static XaiClient client(MockWebServer server, Timers timers,
      Consumer<ClientOptions.Builder> config) {
    return client(server.url("/").toString(), timers, config);
  }

  public static XaiClient client(MockWebServer server, RecordingSleeper sleeper) {
    return client(server, timers(sleeper, new RecordingScheduler()), b -> { });
  }

  /** The configured OkHttp client behind {@code client}, to check its connections. */
  public static OkHttpClient okHttp(XaiClient client) {
    return client.okHttpClient();
  }
}
