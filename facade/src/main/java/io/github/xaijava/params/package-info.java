/**
 * Parameter objects of the calls that take more than a request body: the list parameters of
 * pages ({@link io.github.xaijava.params.CursorListParams},
 * {@link io.github.xaijava.params.FileListParams}) and uploads
 * ({@link io.github.xaijava.params.FileUpload},
 * {@link io.github.xaijava.params.FileUploadOptions}). Immutable, with builders; what is not set
 * is not sent.
 */
package io.github.xaijava.params;
