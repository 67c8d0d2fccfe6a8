package org.causerie.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.causerie.core.TlsPolicy;
import org.junit.jupiter.api.Test;

/** Command line parsing without a server. */
class OptionsParserTest {

    @Test
    void optionsAroundTheCommandAndTextAfterDoubleDash() throws UsageException {
        Options options = OptionsParser.parse(new String[] {"--jid", "a@b", "listen", "--count", "2", "--timeout",
                "1.5", "--tls", "if-possible"});
        assertEquals("listen", options.command().orElseThrow());
        assertEquals(2, options.count().getAsInt());
        assertEquals(Duration.ofMillis(1500), options.timeout().orElseThrow());
        assertEquals(TlsPolicy.IF_POSSIBLE, options.tls());

        Options send = OptionsParser.parse(new String[] {"send", "b@c", "--", "--not an option"});
        assertEquals(List.of("b@c", "--not an option"), send.arguments());
    }

    @Test
    void refusesWhatItCannotUnderstand() {
        assertThrows(UsageException.class, () -> OptionsParser.parse(new String[] {"send", "--count", "2"}));
        assertThrows(UsageException.class, () -> OptionsParser.parse(new String[] {"listen", "--count", "x"}));
        assertThrows(UsageException.class, () -> OptionsParser.parse(new String[] {"presence", "--priority", "200"}));
        assertThrows(UsageException.class, () -> OptionsParser.parse(new String[] {"listen", "--port"}));
        assertThrows(UsageException.class, () -> OptionsParser.parse(new String[] {"--bogus", "listen"}));
        assertThrows(UsageException.class, () -> OptionsParser.parse(new String[] {}));
    }
}
