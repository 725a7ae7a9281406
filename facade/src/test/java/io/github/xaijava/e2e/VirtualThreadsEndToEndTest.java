package io.github.xaijava.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xaijava.XaiClient;
import io.github.xaijava.config.ClientOptions;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.simulator.XaiSimulatorExtension;
import io.github.xaijava.streaming.StreamHandler;
import io.github.xaijava.testsupport.SimulatedClients;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ClientOptions.virtualThreads(true)}: on Java 21 and newer, many slow async streams at once
 * are each read on a virtual thread of the client's; on Java 17 to 20 the option is refused when
 * the options are built, naming the Java version.
 */
class VirtualThreadsEndToEndTest {

  @RegisterExtension
  static final XaiSimulatorExtension xai = new XaiSimulatorExtension();

  @RegisterExtension
  final SimulatedClients clients = new SimulatedClients(xai);

  private static final ChatRequest HELLO =
      ChatRequest.builder().model("grok-4").addUserMessage("Hello, simulator").build();

  private static final int STREAMS = 300;

  @Test
  void beforeJava21TheOptionIsRefusedWhenBuilt() {
    assumeTrue(Runtime.version().feature() < 21, "this JVM has virtual threads");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ClientOptions.builder().apiKey("xai-test").virtualThreads(true).build());
    assertTrue(e.getMessage().contains("needs Java 21 or newer; this is Java "
        + Runtime.version().feature()), e.getMessage());
  }

  @Test
  void manySlowStreamsAtOnceAreEachReadOnAVirtualThread() throws Exception {
    assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21");
    xai.faults().always().drip(Duration.ofMillis(20));
    XaiClient client = clients.client(o -> o.virtualThreads(true));

    CountDownLatch done = new CountDownLatch(STREAMS);
    AtomicInteger completed = new AtomicInteger();
    Map<Integer, Integer> eventsPerStream = new ConcurrentHashMap<>();
    Set<Thread> readers = ConcurrentHashMap.newKeySet();
    Queue<String> platformReaders = new ConcurrentLinkedQueue<>();
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < STREAMS; i++) {
      int stream = i;
      client.async().chat().stream(HELLO, new StreamHandler<>() {
        @Override
        public void onEvent(ChatResponseChunk chunk) {
          eventsPerStream.merge(stream, 1, Integer::sum);
          Thread t = Thread.currentThread();
          readers.add(t);
          if (!isVirtual(t)) {
            platformReaders.add(t.getName());
          }
        }

        @Override
        public void onComplete() {
          completed.incrementAndGet();
          done.countDown();
        }

        @Override
        public void onError(Throwable error) {
          failures.add(error);
          done.countDown();
        }
      });
    }

    assertTrue(done.await(2, TimeUnit.MINUTES), "every stream ended");
    assertEquals(java.util.List.of(), java.util.List.copyOf(failures));
    assertEquals(STREAMS, completed.get());
    assertEquals(1, eventsPerStream.values().stream().distinct().count(),
        "every stream whole: " + eventsPerStream.values().stream().distinct().toList());
    assertTrue(platformReaders.isEmpty(), "read on platform threads: " + platformReaders);
    // Each stream drips for longer than it takes to start them all: they overlapped, each on a
    // thread of its own.
    assertTrue(readers.size() > STREAMS / 2, readers.size() + " reader threads");
  }

  /** {@code Thread.isVirtual()}, reached by reflection: the tests compile for Java 17. */
  private static boolean isVirtual(Thread t) {
    try {
      return (boolean) Thread.class.getMethod("isVirtual").invoke(t);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
