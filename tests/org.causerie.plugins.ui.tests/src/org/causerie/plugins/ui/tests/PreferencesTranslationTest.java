package org.causerie.plugins.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Properties;

import org.causerie.app.internal.preferences.WidgetIds;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The Preferences dialog's strings (bundle org.causerie.app) exist in English and in French. */
class PreferencesTranslationTest {

    private static final String FOLDER = "org/causerie/app/internal/preferences/";

    @Test
    void messagesExistInBothLanguages() throws IOException {
        Properties en = load(FOLDER + "Messages.properties");
        Properties fr = load(FOLDER + "Messages_fr.properties");
        assertEquals(en.keySet(), fr.keySet());
        List<String> untranslated = en.stringPropertyNames().stream()
                .filter(key -> en.getProperty(key).equals(fr.getProperty(key)) && en.getProperty(key).length() > 4)
                .toList();
        assertEquals(List.of(), untranslated, "French strings equal to the English ones");
    }

    @Test
    void theMenuItemIsTranslated() throws IOException {
        Properties en = load("OSGI-INF/l10n/bundle.properties");
        Properties fr = load("OSGI-INF/l10n/bundle_fr.properties");
        for (String key : List.of("menu.file.preferences", "command.preferences", "command.preferences.description")) {
            assertNotNull(en.getProperty(key), key);
            assertNotNull(fr.getProperty(key), key);
            assertEquals(false, en.getProperty(key).equals(fr.getProperty(key)), key);
        }
    }

    private static Properties load(String path) throws IOException {
        Bundle app = FrameworkUtil.getBundle(WidgetIds.class);
        URL entry = app.getEntry(path);
        assertNotNull(entry, path);
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
