package io.github.xaijava.generated.support;

import com.google.gson.JsonElement;

/**
 * The {@code Unknown} form of a sealed union: JSON of a form this version of the client does not
 * know (a new output item {@code type}, a new message {@code role}), kept as received and written
 * back unchanged.
 */
public interface UnknownForm {

  /** A copy of the JSON as received. */
  JsonElement json();
}
