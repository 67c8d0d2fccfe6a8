package org.causerie.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.causerie.core.XmppMessage;
import org.junit.jupiter.api.Test;

/** The JSON line format of {@code listen}, from literal expectations (no JSON parser in the target). */
class JsonTest {

    @Test
    void escapesQuotesBackslashControlAndNonAscii() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u007f\\u00e9\\ud83d\\ude00/\"",
                Json.quote("a\"b\\c\n\r\t\b\f\u0001\u007f\u00e9\ud83d\ude00/"));
    }

    @Test
    void messageIsOneObjectWithTheFieldsInOrder() {
        XmppMessage message = new XmppMessage("m1", "a@x/r", "b@x", "chat", "hi", Instant.parse("2025-01-02T03:04:05Z"), false);
        assertEquals("{\"id\":\"m1\",\"from\":\"a@x/r\",\"to\":\"b@x\",\"type\":\"chat\",\"body\":\"hi\","
                + "\"timestamp\":\"2025-01-02T03:04:05Z\"}", Json.message(message));
    }
}
