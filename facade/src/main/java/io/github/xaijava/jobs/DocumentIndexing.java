package io.github.xaijava.jobs;

import io.github.xaijava.generated.model.DocumentMetadata;

/**
 * The indexing of a document added to a collection, which xAI does in the background. Get one
 * with {@code management.collections().indexing(collectionId, fileId)}.
 *
 * <pre>{@code
 * management.collections().addDocument(collectionId, fileId);
 * DocumentMetadata indexed = management.collections().indexing(collectionId, fileId)
 *     .await(Duration.ofMinutes(10));
 * }</pre>
 *
 * <p>Done when the document's status is {@code PROCESSED}; {@code FAILED} becomes a
 * {@link io.github.xaijava.errors.JobFailedException} with xAI's message. Any other status
 * (processing, chunked, embedding, writing, or one this version does not know) is still going.
 */
public interface DocumentIndexing extends Job<DocumentMetadata> {
}
