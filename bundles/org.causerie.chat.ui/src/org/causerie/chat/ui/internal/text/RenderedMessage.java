package org.causerie.chat.ui.internal.text;

import java.util.List;
import java.util.Objects;

import org.causerie.chat.ChatMessage;
import org.causerie.ui.text.Span;

/**
 * One message as the transcript shows it: a header line (sender, time, delivery
 * state, marks), the body made safe and bounded, and the style spans over that
 * text. Built off the display thread by {@link MessageFormatter}.
 *
 * @param message the message it shows
 * @param text the text, ending with a line break
 * @param spans style spans over {@link #text()}, in order
 * @param truncated whether the body was cut (a {@link Span.Kind#SHOW_WHOLE} span offers the rest)
 */
public record RenderedMessage(ChatMessage message, String text, List<Span> spans, boolean truncated) {

    public RenderedMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
    }

    /** @return the key that identifies the message in its conversation (direction and stanza id) */
    public String key() {
        return key(message);
    }

    /** @return the key of a message: its direction and stanza id (ids of the two directions may clash) */
    public static String key(ChatMessage message) {
        return message.direction().name() + ' ' + message.id();
    }
}
