package org.causerie.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.causerie.chat.MessageText;
import org.causerie.chat.MessageText.Problem;
import org.junit.jupiter.api.Test;

/** Which bodies may be sent: XML 1.0 characters only, and not over the size limit. */
class MessageTextTest {

    @Test
    void onlyXmlCharactersCanBeSent() {
        assertEquals(Optional.empty(), MessageText.check("tab\tline\r\nend \u0085\u009B\u007F \uD83D\uDE00 \u202E"));
        for (String bad : new String[] {"nul \u0000", "escape \u001B[31m", "\uFFFF", "\uFFFE", "lone \uD83D surrogate",
            "\uDE00 low first", "ends high \uD83D"}) {
            assertEquals(Optional.of(Problem.INVALID_CHARACTERS), MessageText.check(bad), bad);
        }
    }

    @Test
    void theLimitCountsUtf8Bytes() {
        assertEquals(Optional.empty(), MessageText.check("a".repeat(MessageText.MAX_BYTES)));
        assertEquals(Optional.of(Problem.TOO_LONG), MessageText.check("a".repeat(MessageText.MAX_BYTES + 1)));
        // é is two bytes: half as many characters reach the limit
        assertEquals(Optional.empty(), MessageText.check("\u00e9".repeat(MessageText.MAX_BYTES / 2)));
        assertEquals(Optional.of(Problem.TOO_LONG), MessageText.check("\u00e9".repeat(MessageText.MAX_BYTES / 2 + 1)));
    }
}
