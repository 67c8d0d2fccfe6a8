package org.causerie.cli.internal;

import org.causerie.core.XmppMessage;

/**
 * The JSON lines {@code listen} prints (RFC 8259). Everything outside printable
 * ASCII is written as a {@code \\uXXXX} escape, so the output is the same
 * whatever the terminal's or locale's encoding.
 */
public final class Json {

    private Json() {
    }

    /** @return the message as one JSON object on one line */
    public static String message(XmppMessage message) {
        return new StringBuilder(96 + message.body().length())
                .append("{\"id\":").append(quote(message.id()))
                .append(",\"from\":").append(quote(message.from()))
                .append(",\"to\":").append(quote(message.to()))
                .append(",\"type\":").append(quote(message.type()))
                .append(",\"body\":").append(quote(message.body()))
                .append(",\"timestamp\":").append(quote(message.timestamp().toString()))
                .append('}').toString();
    }

    /** @return the text as a JSON string literal, quotes included */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
