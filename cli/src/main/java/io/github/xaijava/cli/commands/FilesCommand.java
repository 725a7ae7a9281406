package io.github.xaijava.cli.commands;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ModelFile;
import io.github.xaijava.params.FileUpload;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code xai files}: the file store (list, upload, download, delete). */
@Command(name = "files", mixinStandardHelpOptions = true,
    description = "Manage uploaded files.",
    subcommands = {
        FilesCommand.ListFiles.class,
        FilesCommand.Upload.class,
        FilesCommand.Download.class,
        FilesCommand.Delete.class
    })
final class FilesCommand implements Callable<Integer> {

  @ParentCommand
  private XaiCommand root;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    return XaiCommand.missingSubcommand(spec);
  }

  /** {@code xai files list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List the files, one a line: id, size in bytes, filename (tab-separated).")
  static final class ListFiles implements Callable<Integer> {

    @ParentCommand
    private FilesCommand files;

    @Mixin
    private Connection.Options connectionOptions;

    @Override
    public Integer call() {
      PrintStream out = files.root.terminal().out();
      try (Connection connection = files.root.connect(connectionOptions)) {
        for (ModelFile file : connection.client().files().list().autoPager()) {
          out.println(file.id() + "\t" + file.bytes() + "\t" + file.filename());
        }
      }
      return 0;
    }
  }

  /** {@code xai files upload PATH}. */
  @Command(name = "upload", mixinStandardHelpOptions = true,
      description = "Upload a file; its new id goes to stdout.")
  static final class Upload implements Callable<Integer> {

    @ParentCommand
    private FilesCommand files;

    @Mixin
    private Connection.Options connectionOptions;

    @Parameters(paramLabel = "PATH", description = "The file to upload (at most 50 MB).")
    private Path path;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(path)) {
        throw new UsageException("not a file: " + path);
      }
      long size = Files.size(path);
      Terminal terminal = files.root.terminal();
      try (Connection connection = files.root.connect(connectionOptions)) {
        // A Path upload keeps the client's retries; the line shows time only, as the client
        // reports no bytes sent.
        ModelFile file = Progress.showing(terminal, t -> "uploading " + path.getFileName()
                + " (" + Progress.bytes(size) + ") " + Progress.elapsed(t),
            () -> connection.client().files().upload(FileUpload.of(path)));
        terminal.out().println(file.id());
      }
      return 0;
    }
  }

  /** {@code xai files download ID [-o PATH]}. */
  @Command(name = "download", mixinStandardHelpOptions = true,
      description = "Download a file's content.")
  static final class Download implements Callable<Integer> {

    @ParentCommand
    private FilesCommand files;

    @Mixin
    private Connection.Options connectionOptions;

    @Parameters(paramLabel = "ID", description = "The file's id.")
    private String id;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
        description = "Where to write it, replacing what is there; - for stdout (default: the "
            + "file's own name in the current folder, which must not exist yet).")
    private String output;

    @Override
    public Integer call() throws IOException {
      Terminal terminal = files.root.terminal();
      try (Connection connection = files.root.connect(connectionOptions)) {
        XaiClient client = connection.client();
        ModelFile file = client.files().retrieve(id);
        if ("-".equals(output)) {
          copy(client, file, terminal.out(), terminal);
          terminal.out().flush();
          return 0;
        }
        Path target = output != null ? Path.of(output) : ownName(file);
        if (output == null && Files.exists(target)) {
          // An explicit -o may replace a file; the default name never does.
          throw new UsageException(target + " exists; pass -o PATH to replace it or to pick "
              + "another name");
        }
        long written = saveAs(client, file, target, terminal);
        terminal.err().println("wrote " + Progress.bytes(written) + " to " + target);
      }
      return 0;
    }

    private static Path ownName(ModelFile file) {
      // Only the last segment of the stored name: a name with slashes must not pick a folder.
      String name = file.filename().replace('\\', '/');
      name = name.substring(name.lastIndexOf('/') + 1);
      if (name.isBlank() || name.equals(".") || name.equals("..")) {
        name = file.id();
      }
      return Path.of(name);
    }

    /** Writes the content next to {@code target} first, so a failure leaves no partial file. */
    private static long saveAs(XaiClient client, ModelFile file, Path target, Terminal terminal)
        throws IOException {
      Path dir = target.toAbsolutePath().getParent();
      Path partial = Files.createTempFile(dir, ".xai-download-", ".part");
      try {
        long written;
        try (OutputStream sink = Files.newOutputStream(partial)) {
          written = copy(client, file, sink, terminal);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        return written;
      } finally {
        Files.deleteIfExists(partial);
      }
    }

    private static long copy(XaiClient client, ModelFile file, OutputStream sink,
        Terminal terminal) {
      AtomicLong done = new AtomicLong();
      try (InputStream in = client.files().content(file.id())) {
        return Progress.showing(terminal, t -> "downloading " + file.id() + ": "
                + Progress.bytes(done.get()) + " of " + Progress.bytes(file.bytes()) + " "
                + Progress.elapsed(t),
            () -> {
              byte[] buffer = new byte[64 * 1024];
              for (int n; (n = in.read(buffer)) >= 0; ) {
                sink.write(buffer, 0, n);
                done.addAndGet(n);
              }
              return done.get();
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@code xai files delete ID}. */
  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a file.")
  static final class Delete implements Callable<Integer> {

    @ParentCommand
    private FilesCommand files;

    @Mixin
    private Connection.Options connectionOptions;

    @Parameters(paramLabel = "ID", description = "The file's id.")
    private String id;

    @Override
    public Integer call() {
      try (Connection connection = files.root.connect(connectionOptions)) {
        connection.client().files().delete(id);
        files.root.terminal().out().println("deleted " + id);
      }
      return 0;
    }
  }
}
