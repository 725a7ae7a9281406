package io.github.xaijava;

import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.internal.http.RecordingSleeper;
import io.github.xaijava.internal.http.Sleeper;
import java.time.Clock;
import java.util.function.Consumer;
import okhttp3.mockwebserver.MockWebServer;

/** Builds clients against a MockWebServer with recorded sleeps and a fixed clock. */
public final class TestClients {

  public static final String KEY = "xai-TESTKEY-0123456789abcdef";

  private TestClients() {
  }

  public static XaiClient client(MockWebServer server, Sleeper sleeper, Clock clock,
      Consumer<ClientOptions.Builder> config) {
    ClientOptions.Builder b = ClientOptions.builder()
        .apiKey(KEY)
        .baseUrl(server.url("/").toString());
    config.accept(b);
    return new XaiClient(b.build(), sleeper, clock);
  }

  public static XaiClient client(MockWebServer server, RecordingSleeper sleeper) {
    return client(server, sleeper, Clock.systemUTC(), b -> { });
  }
}
