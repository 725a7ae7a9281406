package io.github.xaijava.internal.jobs;

import io.github.xaijava.errors.JobFailedException;
import io.github.xaijava.generated.model.DocumentMetadata;
import io.github.xaijava.generated.model.DocumentStatus;
import io.github.xaijava.jobs.DocumentIndexing;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** A {@link DocumentIndexing} over fetch functions: final at PROCESSED, failed at FAILED. */
public final class DocumentIndexingImpl extends StatusJob<DocumentMetadata>
    implements DocumentIndexing {

  /**
   * A handle.
   *
   * @param fileId the document's file id (the job's id in messages)
   * @param fetch one {@code GET /v1/collections/{collection_id}/documents/{file_id}}
   * @param fetchAsync the same without blocking
   */
  public DocumentIndexingImpl(String fileId, Supplier<Optional<DocumentMetadata>> fetch,
      Supplier<CompletableFuture<Optional<DocumentMetadata>>> fetchAsync, Poller poller) {
    super(fileId, fetch, fetchAsync, poller);
  }

  @Override
  boolean judge(DocumentMetadata document) {
    DocumentStatus status = document.status().orElse(DocumentStatus.UNKNOWN);
    if (status.equals(DocumentStatus.FAILED)) {
      throw new JobFailedException(requestId, status.asString(),
          document.errorMessage().orElse("Indexing the document failed"));
    }
    return status.equals(DocumentStatus.PROCESSED);
  }
}
