package org.causerie.chat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a message body may hold before it is sent. A body the stream cannot
 * carry would not just fail: the server closes the whole session (RFC 6120
 * §4.9.3.13 {@code not-well-formed}, §4.9.3.12 {@code policy-violation} for a
 * stanza over its size limit), and with it everything queued behind. So
 * {@link ChatService} refuses such a body at once, and editors check first to
 * keep the user's text and say why.
 */
public final class MessageText {

    /**
     * The largest body sent, in UTF-8 bytes. Servers limit stanza size (ejabberd's
     * {@code max_stanza_size}, Prosody's {@code c2s_stanza_size_limit}, 256 KiB by
     * default there); 1,000,000 bytes leaves room for the stanza around it under a
     * 1 MiB limit.
     */
    public static final int MAX_BYTES = 1_000_000;

    /** Why a body cannot be sent. */
    public enum Problem {
        /** A C0 control character (other than tab and line ends), U+FFFE, U+FFFF or a lone surrogate (XML 1.0 §2.2). */
        INVALID_CHARACTERS,
        /** More than {@link #MAX_BYTES} bytes in UTF-8. */
        TOO_LONG
    }

    private MessageText() {
    }

    /** @return why the text cannot be sent, or empty when it can */
    public static Optional<Problem> check(String text) {
        if (!isXml(text)) {
            return Optional.of(Problem.INVALID_CHARACTERS);
        }
        // a char is at most 3 bytes in UTF-8 (a surrogate pair 4 for 2 chars)
        if ((long) text.length() * 3 > MAX_BYTES && utf8Length(text) > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }

    /** @return the length of the text in UTF-8 */
    public static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static boolean isXml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
