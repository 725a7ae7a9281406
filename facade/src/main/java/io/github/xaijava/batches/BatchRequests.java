package io.github.xaijava.batches;

import com.google.gson.JsonObject;
import io.github.xaijava.XaiJson;
import io.github.xaijava.generated.api.ChatApi;
import io.github.xaijava.generated.api.ImagesApi;
import io.github.xaijava.generated.api.ResponsesApi;
import io.github.xaijava.generated.api.VideosApi;
import io.github.xaijava.generated.model.BatchRequest;
import io.github.xaijava.generated.model.BatchRequestBody;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.EditImageRequest;
import io.github.xaijava.generated.model.ExtendVideoRequest;
import io.github.xaijava.generated.model.GenerateImageRequest;
import io.github.xaijava.generated.model.GenerateVideoRequest;
import io.github.xaijava.generated.model.ModelRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The requests of a batch, made from the same request models the direct calls take.
 *
 * <pre>{@code
 * client.batches().addRequests(batch.batchId(), AddBatchRequestsRequest.builder()
 *     .batchRequests(List.of(
 *         BatchRequests.chat("q1", ChatRequest.builder().model("grok-4-fast")
 *             .addUserMessage("Capital of France?").build()),
 *         BatchRequests.imageGeneration("img1", GenerateImageRequest.builder()
 *             .model("grok-imagine-image").prompt("A lighthouse").build())))
 *     .build());
 * }</pre>
 *
 * <p>Each id names its request's result and must be unique in the batch. {@link #writeJsonl}
 * writes the same requests as the JSONL file a file batch loads ({@code input_file_id}).
 */
public final class BatchRequests {

  /** xAI's limits on a batch input file (its batch guide). */
  public static final int MAX_FILE_LINES = 50_000;
  /** The largest batch input file xAI takes, in bytes. */
  public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

  /**
   * The endpoint of each kind of request, as a JSONL line names it: the paths of the generated
   * operations that take those requests.
   */
  private static final Map<String, String> URLS = Map.of(
      "chat_get_completion", "/" + ChatApi.CREATE_CHAT_COMPLETION_PATH,
      "responses", "/" + ResponsesApi.CREATE_RESPONSE_PATH,
      "image_generation", "/" + ImagesApi.GENERATE_IMAGE_PATH,
      "image_edit", "/" + ImagesApi.EDIT_IMAGE_PATH,
      "video_generation", "/" + VideosApi.GENERATE_VIDEO_PATH,
      "video_extension", "/" + VideosApi.EXTEND_VIDEO_PATH);

  private BatchRequests() {
  }

  /** A chat completion request, answered as a chat completion. */
  public static BatchRequest chat(String id, ChatRequest request) {
    return of(id, BatchRequestBody.builder().chatGetCompletion(required(request)).build());
  }

  /** A responses request; xAI answers it as a chat completion. */
  public static BatchRequest responses(String id, ModelRequest request) {
    return of(id, BatchRequestBody.builder().responses(required(request)).build());
  }

  /** An image generation request. */
  public static BatchRequest imageGeneration(String id, GenerateImageRequest request) {
    return of(id, BatchRequestBody.builder().imageGeneration(required(request)).build());
  }

  /** An image edit request, answered like a generation. */
  public static BatchRequest imageEdit(String id, EditImageRequest request) {
    return of(id, BatchRequestBody.builder().imageEdit(required(request)).build());
  }

  /** A video generation request (xAI also takes video edits under this kind). */
  public static BatchRequest videoGeneration(String id, GenerateVideoRequest request) {
    return of(id, BatchRequestBody.builder().videoGeneration(required(request)).build());
  }

  /** A video extension request. */
  public static BatchRequest videoExtension(String id, ExtendVideoRequest request) {
    return of(id, BatchRequestBody.builder().videoExtension(required(request)).build());
  }

  private static BatchRequest of(String id, BatchRequestBody body) {
    Objects.requireNonNull(id, "id == null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a batch request's id is blank");
    }
    return BatchRequest.builder().batchRequestId(id).batchRequest(body).build();
  }

  private static <T> T required(T request) {
    return Objects.requireNonNull(request, "request == null");
  }

  /**
   * Writes {@code requests} as a batch input file: one line per request, {@code custom_id} its id,
   * {@code method} POST, {@code url} its endpoint, {@code body} the request. Checked first, so a
   * file xAI would refuse is never half-written: every request needs an id, unique in the file,
   * and exactly one kind; at most {@link #MAX_FILE_LINES} lines and {@link #MAX_FILE_BYTES} bytes.
   *
   * @param requests the requests, in order
   * @param target the file (replaced if it exists)
   * @return the file's size in bytes
   * @throws IllegalArgumentException if the requests cannot make a file xAI takes
   * @throws UncheckedIOException if the file cannot be written
   */
  public static long writeJsonl(List<BatchRequest> requests, Path target) {
    List<String> lines = lines(requests);
    try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      long size = 0;
      for (String line : lines) {
        out.write(line);
        out.write('\n');
        size += line.getBytes(StandardCharsets.UTF_8).length + 1;
      }
      return size;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the batch file " + target, e);
    }
  }

  /** {@link #writeJsonl(List, Path)} to a stream (left open). */
  public static long writeJsonl(List<BatchRequest> requests, OutputStream target) {
    long size = 0;
    try {
      for (String line : lines(requests)) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        target.write(bytes);
        size += bytes.length;
      }
      target.flush();
      return size;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the batch file", e);
    }
  }

  private static List<String> lines(List<BatchRequest> requests) {
    Objects.requireNonNull(requests, "requests == null");
    if (requests.size() > MAX_FILE_LINES) {
      throw new IllegalArgumentException(requests.size() + " requests; a batch file holds at most "
          + MAX_FILE_LINES);
    }
    Set<String> ids = new HashSet<>();
    long bytes = 0;
    String[] lines = new String[requests.size()];
    for (int i = 0; i < requests.size(); i++) {
      String at = "requests[" + i + "]";
      BatchRequest request = Objects.requireNonNull(requests.get(i), at + " == null");
      String id = request.batchRequestId().filter(s -> !s.isBlank()).orElseThrow(() ->
          new IllegalArgumentException(at + " has no id; each line of a batch file needs one"
              + " (its custom_id)"));
      if (!ids.add(id)) {
        throw new IllegalArgumentException("requests[" + i + "] repeats the id " + id);
      }
      JsonObject body = XaiJson.gson().toJsonTree(request.batchRequest()).getAsJsonObject();
      if (body.size() != 1 || !URLS.containsKey(body.keySet().iterator().next())) {
        throw new IllegalArgumentException("requests[" + i + "] (" + id + ") must set exactly one"
            + " kind of request, has " + body.keySet());
      }
      String kind = body.keySet().iterator().next();
      JsonObject line = new JsonObject();
      line.addProperty("custom_id", id);
      line.addProperty("method", "POST");
      line.addProperty("url", URLS.get(kind));
      line.add("body", body.get(kind));
      lines[i] = XaiJson.gson().toJson(line);
      bytes += lines[i].getBytes(StandardCharsets.UTF_8).length + 1;
      if (bytes > MAX_FILE_BYTES) {
        throw new IllegalArgumentException("the batch file would pass " + MAX_FILE_BYTES
            + " bytes at requests[" + i + "]; xAI takes files up to that size");
      }
    }
    return List.of(lines);
  }
}
