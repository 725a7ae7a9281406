package io.github.xaijava.generated.support;

import com.google.gson.JsonElement;
import java.util.Map;
import java.util.Optional;

/**
 * A generated model object: immutable, built with its {@code builder()}, and keeping the JSON
 * properties its class does not declare.
 *
 * <p>Properties xAI adds after this client was built are read into {@link #extraProperties()}
 * instead of being dropped, and are written back when the object is serialised, so a response can
 * be stored and replayed unchanged. Callers send properties the document does not describe yet
 * with the builder's {@code putExtraProperty}.
 */
public interface XaiModel {

  /** The undeclared JSON properties, by name, in the order read; copies, never null. */
  Map<String, JsonElement> extraProperties();

  /** One undeclared JSON property (a copy), if present. */
  Optional<JsonElement> extraProperty(String name);
}
