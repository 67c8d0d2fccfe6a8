package org.causerie.chat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.causerie.chat.ui.internal.Messages;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Every string of the chat UI exists in English and in French, and no French one is left in English. */
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
        long untranslated = en.stringPropertyNames().stream()
                .filter(key -> en.getProperty(key).equals(fr.getProperty(key)) && en.getProperty(key).length() > 12)
                .count();
        assertEquals(0, untranslated, "French strings equal to the English ones in " + french);
    }

    @Test
    void messagesExistInBothLanguages() throws IOException {
        sameKeysTranslated("org/causerie/chat/ui/internal/Messages.properties",
                "org/causerie/chat/ui/internal/Messages_fr.properties");
        assertTrue(Messages.state_DELIVERED != null && !Messages.state_DELIVERED.startsWith("NLS missing"));
    }

    @Test
    void modelLabelsExistInBothLanguages() throws IOException {
        sameKeysTranslated("OSGI-INF/l10n/bundle.properties", "OSGI-INF/l10n/bundle_fr.properties");
    }
}
