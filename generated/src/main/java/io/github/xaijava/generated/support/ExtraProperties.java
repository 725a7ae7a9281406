package io.github.xaijava.generated.support;

import com.google.gson.JsonElement;
import java.util.Map;

/**
 * A model object that keeps the JSON properties its class does not declare.
 *
 * <p>Properties xAI adds after this client was built are read into this map instead of being
 * dropped, and are written back when the object is serialised, so a response can be stored and
 * replayed unchanged. Callers can also set properties the document does not describe yet.
 */
public interface ExtraProperties {

  /** Undeclared properties read from JSON or set by the caller, by name; never null. */
  Map<String, JsonElement> getExtraProperties();

  /**
   * Sets an undeclared property, written after the declared ones; {@code null} removes it. A
   * name the class declares is refused, so the two never disagree.
   *
   * @throws IllegalArgumentException when {@code name} is a declared property
   */
  void setExtraProperty(String name, JsonElement value);
}
