package io.github.xaijava.params;

/** The order of a list result, by the endpoint's sort key (creation time unless chosen). */
public enum ListOrder {
  /** Oldest (or smallest) first; sent as {@code asc}. */
  ASC("asc"),
  /** Newest (or largest) first; sent as {@code desc}. */
  DESC("desc");

  private final String wireValue;

  ListOrder(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value sent on the wire. */
  public String wireValue() {
    return wireValue;
  }
}
