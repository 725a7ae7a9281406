/**
 * Batches: the requests a batch runs ({@link io.github.xaijava.batches.BatchRequests}), written
 * inline or as a JSONL file. The calls are on {@code client.batches()}; waiting is
 * {@link io.github.xaijava.jobs.BatchJob}.
 */
package io.github.xaijava.batches;
