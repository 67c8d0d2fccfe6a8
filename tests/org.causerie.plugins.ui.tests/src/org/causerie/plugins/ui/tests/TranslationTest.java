package org.causerie.plugins.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.causerie.plugins.PluginException;
import org.causerie.plugins.ui.internal.Messages;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Every string of the Plugins view exists in English and in French, and every failure has its sentence. */
class TranslationTest {

    private static Properties load(String path) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(Messages.class);
        URL entry = bundle.getEntry(path);
        assertNotNull(entry, path);
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    private static void sameKeysTranslated(String english, String french) throws IOException {
        Properties en = load(english);
        Properties fr = load(french);
        assertEquals(en.keySet(), fr.keySet(), french);
        List<String> untranslated = en.stringPropertyNames().stream()
                .filter(key -> en.getProperty(key).equals(fr.getProperty(key)) && en.getProperty(key).length() > 12)
                .toList();
        assertEquals(List.of(), untranslated, "French strings equal to the English ones in " + french);
    }

    @Test
    void messagesExistInBothLanguages() throws IOException {
        sameKeysTranslated("org/causerie/plugins/ui/internal/Messages.properties",
                "org/causerie/plugins/ui/internal/Messages_fr.properties");
    }

    @Test
    void modelLabelsExistInBothLanguages() throws IOException {
        sameKeysTranslated("OSGI-INF/l10n/bundle.properties", "OSGI-INF/l10n/bundle_fr.properties");
    }

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
