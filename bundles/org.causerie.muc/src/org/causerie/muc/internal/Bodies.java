package org.causerie.muc.internal;

import java.nio.charset.StandardCharsets;

/**
 * What a message body or subject may hold before it is sent: a text the stream
 * cannot carry would have the server close the session (RFC 6120 §4.9.3.13,
 * §4.9.3.12), losing what is queued behind it. The same rule as the chat
 * bundle's {@code MessageText}: XML 1.0 characters only, at most
 * {@value #MAX_BYTES} bytes in UTF-8.
 */
final class Bodies {

    static final int MAX_BYTES = 1_000_000;

    private Bodies() {
    }

    /** @throws IllegalArgumentException naming the problem */
    static String require(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException("the " + what + " is missing");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                    || Character.isLowSurrogate(c);
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                i++;
            }
            if (bad) {
                throw new IllegalArgumentException("the " + what + " holds characters XMPP cannot carry"
                        + " (control characters, U+FFFE, U+FFFF or a lone surrogate)");
            }
        }
        if ((long) text.length() * 3 > MAX_BYTES && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("the " + what + " is over " + MAX_BYTES + " bytes; it is not sent");
        }
        return text;
    }
}
