package io.github.xaijava.simulator.internal;

import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the simulator remembers between calls, in memory: files, skills, stored responses,
 * deferred completions, video jobs and the media it serves. Cleared by {@link #reset()}.
 */
public final class State {
  /** An uploaded file. {@code order} breaks ties between files made in the same second. */
  public static final class StoredFile {
    public final String id;
    public final String filename;
    public final String purpose;
    public final byte[] content;
    public final long createdAt;
    public final Long expiresAt;
    public final long order;
    public volatile String publicToken;
    public volatile Long publicExpiresAt;

    public StoredFile(String id, String filename, String purpose, byte[] content, long createdAt,
        Long expiresAt, long order) {
      this.id = id;
      this.filename = filename;
      this.purpose = purpose;
      this.content = content;
      this.createdAt = createdAt;
      this.expiresAt = expiresAt;
      this.order = order;
    }
  }

  /** An uploaded skill: its files by path, in upload order. */
  public record StoredSkill(String id, String name, String description, long createdAt,
      Map<String, byte[]> files, long order) {}

  /**
   * A stored response: the answer as returned, the input items (with ids) and the whole conversation
   * so far, so that {@code previous_response_id} can go on from it.
   */
  public record StoredResponse(JsonObject response, List<JsonObject> inputItems,
      List<Conversation.Turn> history) {}

  /** A deferred chat completion: answered 202 for {@code pending} more polls, then once 200, then gone. */
  public static final class DeferredCompletion {
    public final JsonObject completion;
    public int pending;

    public DeferredCompletion(JsonObject completion, int pending) {
      this.completion = completion;
      this.pending = pending;
    }
  }

  /** A video job; {@code polls} counts the polls seen so far. */
  public static final class VideoJob {
    public final String id;
    public final String model;
    public final int duration;
    public final String outcome;
    public int polls;

    public VideoJob(String id, String model, int duration, String outcome) {
      this.id = id;
      this.model = model;
      this.duration = duration;
      this.outcome = outcome;
    }
  }

  /** A batch: its requests in the order they were added, and its times (epoch seconds). */
  public static final class Batch {
    public final String id;
    public final String name;
    public final long createdAt;
    public final String inputFileId;
    public final List<BatchItem> items = new ArrayList<>();
    public Long cancelledAt;
    public String cancelledByXai;
    /** A file batch loads on the first poll after its creation; until then it has no requests. */
    public boolean loaded;

    public Batch(String id, String name, long createdAt, String inputFileId) {
      this.id = id;
      this.name = name;
      this.createdAt = createdAt;
      this.inputFileId = inputFileId;
      this.loaded = inputFileId == null;
    }
  }

  /**
   * One request of a batch: {@code kind} is its key ({@code chat_get_completion}, ...); state is
   * pending, succeeded, failed or cancelled; {@code result} is set once it finished.
   */
  public static final class BatchItem {
    public final String id;
    public final String kind;
    public final JsonObject body;
    public final long createdAt;
    public String state = "pending";
    public Long finishedAt;
    public JsonObject result;

    public BatchItem(String id, String kind, JsonObject body, long createdAt) {
      this.id = id;
      this.kind = kind;
      this.body = body;
      this.createdAt = createdAt;
    }
  }

  /** A deferred image request: its finished answer, and how many polls it has seen. */
  public static final class DeferredImage {
    public final JsonObject done;
    public int polls;

    public DeferredImage(JsonObject done) {
      this.done = done;
    }
  }

  /** A custom voice: its labels (as the API writes them), its recording and when it was made. */
  public static final class CustomVoice {
    public final String id;
    public final JsonObject labels;
    public final byte[] audio;
    public final String contentType;
    public final long createdAt;
    public final long order;

    public CustomVoice(String id, JsonObject labels, byte[] audio, String contentType, long createdAt,
        long order) {
      this.id = id;
      this.labels = labels;
      this.audio = audio;
      this.contentType = contentType;
      this.createdAt = createdAt;
      this.order = order;
    }
  }

  /** A collection: its metadata as the API writes it, and its documents by file id, in order. */
  public static final class Collection {
    public final String id;
    public final JsonObject metadata;
    public final Map<String, Document> documents = new LinkedHashMap<>();

    public Collection(String id, JsonObject metadata) {
      this.id = id;
      this.metadata = metadata;
    }
  }

  /** A document of a collection; its indexing moves on each time it is read. */
  public static final class Document {
    public final String fileId;
    public final JsonObject fields;
    public String status = "DOCUMENT_STATUS_PROCESSING";
    public int reads;

    public Document(String fileId, JsonObject fields) {
      this.fileId = fileId;
      this.fields = fields;
    }
  }

  /** An API key made through the management API. */
  public record TeamKey(String id, String name, JsonObject json) {}

  /**
   * A Voice Agent conversation: its items (messages with their transcripts, function calls and
   * their outputs) in order, so that a new socket can resume it by id. Guard the list with itself.
   */
  public static final class RealtimeConversation {
    public final String id;
    public final List<JsonObject> items = new ArrayList<>();

    public RealtimeConversation(String id) {
      this.id = id;
    }
  }

  public final Map<String, StoredFile> files = new ConcurrentHashMap<>();
  public final Map<String, Collection> collections = new ConcurrentHashMap<>();
  public final Map<String, TeamKey> teamKeys = new ConcurrentHashMap<>();
  public final Map<String, CustomVoice> customVoices = new ConcurrentHashMap<>();
  public final Map<String, Batch> batches = new ConcurrentHashMap<>();
  public final Map<String, DeferredImage> deferredImages = new ConcurrentHashMap<>();
  public final Map<String, StoredSkill> skills = new ConcurrentHashMap<>();
  public final Map<String, StoredResponse> responses = new ConcurrentHashMap<>();
  public final Map<String, DeferredCompletion> deferred = new ConcurrentHashMap<>();
  public final Map<String, VideoJob> videos = new ConcurrentHashMap<>();
  public final Map<String, RealtimeConversation> realtimeConversations = new ConcurrentHashMap<>();
  /** Realtime client secrets minted, to when they expire (epoch seconds). */
  public final Map<String, Long> realtimeSecrets = new ConcurrentHashMap<>();
  /**
   * Responses made on a WebSocket with {@code store: false}: kept in {@link #responses} only while
   * they are their socket's latest, and continued only there.
   */
  public final Set<String> unstoredResponses = ConcurrentHashMap.newKeySet();
  /** Media the simulator serves under {@code /sim/}: path to bytes. */
  public final Map<String, byte[]> media = new ConcurrentHashMap<>();
  /** Outcomes queued for the next video jobs (done, failed, expired). */
  public final Deque<String> videoOutcomes = new ArrayDeque<>();
  private final AtomicLong order = new AtomicLong();

  /** A number that grows with every stored thing: the tie-breaker of sorts by time. */
  public long nextOrder() {
    return order.incrementAndGet();
  }

  /** The next queued video outcome, or {@code fallback}. */
  public String takeVideoOutcome(String fallback) {
    synchronized (videoOutcomes) {
      String next = videoOutcomes.poll();
      return next == null ? fallback : next;
    }
  }

  public void queueVideoOutcome(String outcome) {
    synchronized (videoOutcomes) {
      videoOutcomes.add(outcome);
    }
  }

  /** The skill's files copied, keeping their order. */
  public static Map<String, byte[]> copy(Map<String, byte[]> files) {
    return new LinkedHashMap<>(files);
  }

  /** A snapshot of the stored files. */
  public List<StoredFile> fileList() {
    return new ArrayList<>(files.values());
  }

  public void reset() {
    files.clear();
    skills.clear();
    responses.clear();
    deferred.clear();
    videos.clear();
    batches.clear();
    customVoices.clear();
    collections.clear();
    teamKeys.clear();
    deferredImages.clear();
    media.clear();
    realtimeConversations.clear();
    realtimeSecrets.clear();
    unstoredResponses.clear();
    synchronized (videoOutcomes) {
      videoOutcomes.clear();
    }
    order.set(0);
  }
}
