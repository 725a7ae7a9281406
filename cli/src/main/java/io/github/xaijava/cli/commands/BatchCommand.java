package io.github.xaijava.cli.commands;

import io.github.xaijava.XaiJson;
import io.github.xaijava.generated.model.Batch;
import io.github.xaijava.generated.model.BatchCounts;
import io.github.xaijava.generated.model.BatchResult;
import io.github.xaijava.generated.model.CreateBatchRequest;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.jobs.BatchState;
import io.github.xaijava.params.FileUpload;
import io.github.xaijava.params.PageParams;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code xai batch}: submits a JSONL file of requests as a batch (or waits for one already
 * submitted, by id), shows its progress on stderr, and writes its results as JSONL.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Run a JSONL file of requests as a batch and write the results as JSONL.",
        "Each line: {\"custom_id\", \"method\": \"POST\", \"url\", \"body\"}. With --id, wait for a "
            + "batch submitted before (by this or another process) instead."})
final class BatchCommand implements Callable<Integer> {

  @ParentCommand
  private XaiCommand root;

  @Mixin
  private Connection.Options connectionOptions;

  @Parameters(paramLabel = "FILE", arity = "0..1",
      description = "The requests, one JSON object a line.")
  private Path file;

  @Option(names = "--id", paramLabel = "BATCH_ID",
      description = "Wait for this batch instead of submitting a file.")
  private String batchId;

  @Option(names = "--name", paramLabel = "NAME",
      description = "The batch's name (default: the file's name).")
  private String name;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write the results here (default: stdout), one JSON object a line.")
  private Path output;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT24H",
      description = "How long to wait, ISO-8601 (default: ${DEFAULT-VALUE}); the batch goes on "
          + "after it.")
  private Duration timeout;

  @Override
  public Integer call() throws IOException {
    if ((file == null) == (batchId == null)) {
      throw new UsageException("give a JSONL FILE to submit, or --id of a batch to wait for");
    }
    if (file != null && !Files.isRegularFile(file)) {
      throw new UsageException("no such file: " + file);
    }
    Terminal terminal = root.terminal();
    try (Connection connection = root.connect(connectionOptions)) {
      String id = batchId;
      if (id == null) {
        ModelFile uploaded = connection.client().files().upload(FileUpload.of(file));
        Batch created = connection.client().batches().create(CreateBatchRequest.builder()
            .name(name != null ? name : file.getFileName().toString())
            .inputFileId(uploaded.id()).build());
        id = created.batchId();
        terminal.err().println("batch " + id + " submitted (file " + uploaded.id() + ")");
      }
      String waited = id;
      AtomicReference<String> counts = new AtomicReference<>("");
      Batch finished = Progress.showing(terminal,
          t -> "batch " + waited + counts.get() + " " + Progress.elapsed(t),
          () -> connection.client().batches().job(waited).await(timeout,
              (batch, state) -> counts.set(" " + describe(batch, state))));
      BatchState state = BatchState.of(finished, Instant.now());
      terminal.err().println("batch " + id + ": " + describe(finished, state));
      long written = write(connection, id, terminal.out());
      terminal.err().println(written + " results" + (output != null ? " written to " + output : ""));
      return state == BatchState.CANCELLED_BY_XAI ? XaiCommand.API_ERROR : 0;
    }
  }

  private long write(Connection connection, String id, PrintStream stdout) throws IOException {
    Writer out = output != null ? Files.newBufferedWriter(output, StandardCharsets.UTF_8)
        : new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8);
    long n = 0;
    try {
      for (BatchResult result : connection.client().batches().results(id, PageParams.ofLimit(1000))
          .autoPager()) {
        out.write(XaiJson.gson().toJson(result));
        out.write('\n');
        n++;
      }
    } finally {
      if (output != null) {
        out.close();
      } else {
        out.flush();
      }
    }
    return n;
  }

  private static String describe(Batch batch, BatchState state) {
    StringBuilder text = new StringBuilder(state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    BatchCounts c = batch.state().orElse(null);
    if (c != null) {
      text.append(": ").append(c.numSuccess().orElse(0)).append(" succeeded, ")
          .append(c.numError().orElse(0)).append(" failed, ").append(c.numPending().orElse(0))
          .append(" pending of ").append(c.numRequests().orElse(0));
    }
    batch.cancelByXaiMessage().ifPresent(why -> text.append(" (").append(why).append(')'));
    return text.toString();
  }
}
