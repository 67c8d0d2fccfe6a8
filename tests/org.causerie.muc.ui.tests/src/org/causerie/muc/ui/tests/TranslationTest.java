package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.causerie.muc.ui.internal.Messages;
import org.causerie.ui.forms.FormRenderer;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Every string of the rooms UI and the form renderer exists in English and in French, translated. */
class TranslationTest {

    private static Properties load(Class<?> type, String path) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(type);
        URL entry = bundle.getEntry(path);
        assertNotNull(entry, path);
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    private static void sameKeysTranslated(Class<?> type, String english, String french) throws IOException {
        Properties en = load(type, english);
        Properties fr = load(type, french);
        assertEquals(en.keySet(), fr.keySet(), french);
        long untranslated = en.stringPropertyNames().stream()
                .filter(key -> en.getProperty(key).equals(fr.getProperty(key)) && en.getProperty(key).length() > 12)
                .count();
        assertEquals(0, untranslated, "French strings equal to the English ones in " + french);
    }

    @Test
    void roomStringsExistInBothLanguages() throws IOException {
        sameKeysTranslated(Messages.class, "org/causerie/muc/ui/internal/Messages.properties",
                "org/causerie/muc/ui/internal/Messages_fr.properties");
        sameKeysTranslated(Messages.class, "OSGI-INF/l10n/bundle.properties", "OSGI-INF/l10n/bundle_fr.properties");
    }

    @Test
    void formStringsExistInBothLanguages() throws IOException {
        sameKeysTranslated(FormRenderer.class, "org/causerie/ui/internal/Messages.properties",
                "org/causerie/ui/internal/Messages_fr.properties");
    }
}
