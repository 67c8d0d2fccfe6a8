package org.causerie.ui.text;

import java.util.Objects;

/**
 * A styled stretch of a rendered message.
 *
 * @param start offset of its first character
 * @param length how many characters
 * @param kind what it is, which decides its look and what a click does
 * @param value the link's address or the emoticon's name; empty for the others
 */
public record Span(int start, int length, Kind kind, String value) {

    /** What a span is. */
    public enum Kind {
        /** The name of the peer, on an incoming message. */
        SENDER_IN,
        /** The user's own name, on an outgoing message. */
        SENDER_OUT,
        /** Time, delivery state and the like. */
        META,
        /** A failed delivery: in an alarming colour. */
        ERROR,
        /** The "corrected" mark (XEP-0308). */
        CORRECTED,
        /** A clickable address (http, https, xmpp). */
        LINK,
        /** A smiley shown as a picture when pictures are on. */
        EMOTICON,
        /** The action that shows the whole of a cut message. */
        SHOW_WHOLE,
        /** A line a message renderer made of a payload, set apart from the text. */
        NOTICE
    }

    public Span {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (start < 0 || length <= 0) {
            throw new IllegalArgumentException("bad span " + start + "+" + length);
        }
    }

    /** @return the offset just after its last character */
    public int end() {
        return start + length;
    }

    /** @return the same span moved by {@code delta} characters */
    public Span shifted(int delta) {
        return new Span(start + delta, length, kind, value);
    }
}
