/**
 * Not API: HTTP plumbing for pagination, jobs, uploads and downloads. May change without
 * notice.
 *
 * <p>{@link io.github.xaijava.internal.transfer.Exchange} is the one seam to the transport: it
 * sends a request and hands back the open response, errors already mapped. Uploads build their
 * multipart bodies here so that part order is ours, not a generator's; downloads copy the body
 * in small chunks and never hold it whole.
 */
package io.github.xaijava.internal.transfer;
