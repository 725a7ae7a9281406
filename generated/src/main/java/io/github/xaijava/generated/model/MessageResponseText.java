package io.github.xaijava.generated.model;

import io.github.xaijava.generated.support.MissingPropertyException;
import java.util.List;

/**
 * {@link MessageResponse}'s shortcut to its text, over its public accessors (the
 * {@code helpers} rule of {@code generated/shaping.json} attaches it).
 */
interface MessageResponseText {

  List<MessageResponseContent> content();

  /** The text blocks of the message, concatenated; {@code ""} when there are none. */
  default String text() {
    StringBuilder text = new StringBuilder();
    for (MessageResponseContent block : content()) {
      if (block instanceof ResponseTextBlock t) {
        try {
          text.append(t.text());
        } catch (MissingPropertyException absent) {
          // a block without text adds nothing
        }
      }
    }
    return text.toString();
  }
}
