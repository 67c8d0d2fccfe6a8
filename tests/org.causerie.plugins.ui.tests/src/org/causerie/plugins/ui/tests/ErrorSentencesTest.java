package org.causerie.plugins.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;

import org.causerie.plugins.PluginException;
import org.causerie.plugins.ui.internal.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every plugin failure has its sentence in the Plugins view, with its arguments filled in.
 * (That every string exists in English and French is checked for all bundles by
 * {@code org.causerie.app.tests.TranslationsTest}.)
 */
class ErrorSentencesTest {

    @Test
    void everyReasonHasASentenceWithItsArguments() {
        for (PluginException.Reason reason : PluginException.Reason.values()) {
            PluginException error = new PluginException(reason, "english", List.of("ARG0", "ARG1", "ARG2"));
            String text = Messages.error(error);
            assertFalse(text.isBlank() || text.startsWith("NLS missing"), reason + ": " + text);
            assertFalse(text.contains("{"), reason + ": " + text);
        }
        assertEquals(14, Arrays.stream(PluginException.Reason.values()).count());
    }
}
