package io.github.xaijava.simulator.internal;

import com.google.gson.JsonObject;

/** xAI's error vocabulary: gRPC-style status sentences as {@code code}, in a flat body. */
public final class Errors {
  public static final String INVALID_ARGUMENT = "Client specified an invalid argument";
  public static final String UNAUTHENTICATED = "The request does not have valid authentication credentials";
  public static final String NOT_FOUND = "Some requested entity was not found";
  public static final String EXHAUSTED = "Some resource has been exhausted";
  public static final String INTERNAL = "Internal error";
  public static final String UNAVAILABLE = "The service is currently unavailable";
  public static final String DEADLINE = "The deadline expired before the operation could complete";
  public static final String UNIMPLEMENTED = "The operation is not implemented or is not supported/enabled in this service";

  private Errors() {}

  /** The {@code code} xAI puts on an answer with this status. */
  public static String codeFor(int status) {
    switch (status) {
      case 401:
        return UNAUTHENTICATED;
      case 404:
        return NOT_FOUND;
      case 405:
        return UNIMPLEMENTED;
      case 429:
        return EXHAUSTED;
      case 503:
        return UNAVAILABLE;
      case 504:
        return DEADLINE;
      default:
        return status >= 500 ? INTERNAL : INVALID_ARGUMENT;
    }
  }

  /** {@code {"code": code, "error": error}}. */
  public static JsonObject body(String code, String error) {
    return Json.obj().put("code", code).put("error", error).build();
  }

  /**
   * A key masked as xAI masks it in errors: its first two and last two characters
   * ({@code xa***yz}); short keys are masked whole.
   */
  public static String mask(String key) {
    if (key.length() < 6) {
      return "***";
    }
    return key.substring(0, 2) + "***" + key.substring(key.length() - 2);
  }
}
