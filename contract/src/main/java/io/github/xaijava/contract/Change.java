package io.github.xaijava.contract;

import java.util.Objects;

/**
 * One difference between two versions of the document, classified for a client of the API.
 *
 * @param kind what happened to the thing
 * @param breaking whether callers written against the older version may break
 * @param where the thing: {@code POST /v1/chat/completions}, {@code ChatRequest.messages[]}
 * @param side {@code request}, {@code response}, {@code request and response}, or empty for
 *     operations; {@code unused} for a schema no operation reaches
 * @param what the change itself, in a few words
 * @param impact for a breaking change, one sentence on what it means for a caller; else empty
 */
public record Change(Kind kind, boolean breaking, String where, String side, String what,
    String impact) {

  /** What happened to the thing the change is about. */
  public enum Kind {
    ADDED, REMOVED, CHANGED
  }

  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(where, "where");
    side = side == null ? "" : side;
    what = what == null ? "" : what;
    impact = impact == null ? "" : impact;
  }

  @Override
  public String toString() {
    return (breaking ? "BREAKING " : "") + kind + " " + where
        + (side.isEmpty() ? "" : " (" + side + ")") + ": " + what
        + (impact.isEmpty() ? "" : " -- " + impact);
  }
}
