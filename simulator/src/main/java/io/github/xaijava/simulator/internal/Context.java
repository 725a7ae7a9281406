package io.github.xaijava.simulator.internal;

/** What every route handler shares: the configuration, the stores and the id sequence. */
public record Context(Settings settings, State state, Ids ids) {}
