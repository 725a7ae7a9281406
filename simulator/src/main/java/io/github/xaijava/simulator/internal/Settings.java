package io.github.xaijava.simulator.internal;

import java.time.Clock;

/**
 * The simulator's fixed configuration, as {@code XaiSimulator.Builder} made it.
 *
 * @param apiKey the key the simulator accepts
 * @param acceptAnyKey whether any non-empty key is accepted
 * @param deferredPendingPolls how many polls of a deferred chat completion answer 202 first
 * @param managementApiKey the key of the management API's paths
 * @param videoPendingPolls how many polls of a video job answer {@code pending} (after one 202)
 * @param videoOutcome how a video job ends unless a script says otherwise: done, failed or expired
 * @param maxUploadBytes the largest file (or skill) upload accepted; larger ones get 413
 * @param clock the source of {@code created} timestamps
 * @param seed the seed of every generated id
 */
public record Settings(String apiKey, String managementApiKey, boolean acceptAnyKey, int deferredPendingPolls, int videoPendingPolls,
    String videoOutcome, long maxUploadBytes, Clock clock, long seed) {

  /** The current time in whole seconds, as xAI writes {@code created}. */
  public long now() {
    return clock.millis() / 1000;
  }
}
