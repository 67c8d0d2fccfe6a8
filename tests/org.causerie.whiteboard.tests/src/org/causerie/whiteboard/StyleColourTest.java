package org.causerie.whiteboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@link Style#isColour} (a loop, no matcher) agrees with the pattern it replaced. */
class StyleColourTest {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    @Test
    void theColourCheckAgreesWithThePattern() {
        Random random = new Random(7);
        String alphabet = "#0123456789abcdefABCDEFgG xz\u0663\uff10\u00e9";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(4) > 0) {
                text.append('#');
            }
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(3) > 0 ? "0123456789abcdefABCDEF".charAt(random.nextInt(22))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(COLOUR.matcher(s).matches(), Style.isColour(s), s);
        }
        assertEquals(true, Style.isColour("#1976D2"));
        assertEquals(false, Style.isColour("#1976d"));
    }
}
