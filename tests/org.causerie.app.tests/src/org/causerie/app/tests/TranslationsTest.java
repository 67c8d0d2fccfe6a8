package org.causerie.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every user-visible string of every Causerie bundle in the workbench exists in English and
 * in French: each message file ({@code Messages.properties}, the model's
 * {@code OSGI-INF/l10n/bundle.properties}) has its {@code _fr} sibling with the same keys,
 * the same {@code {n}} arguments, and no phrase left in English.
 */
class TranslationsTest {

    /**
     * Strings of one or two words may be the same in both languages ("Notifications",
     * "SOCKS5 direct", "{0} ({1}/{2})"); a phrase of more words left equal is untranslated.
     */
    private static final int SAME_WORDS_ALLOWED_UP_TO = 2;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LOCALE_SUFFIX = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");

    @Test
    void everyMessageFileIsTranslatedIntoFrench() throws IOException {
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : causerieBundles()) {
            for (String english : messageFiles(bundle)) {
                String french = english.replace(".properties", "_fr.properties");
                URL frenchEntry = bundle.getEntry(french);
                if (frenchEntry == null) {
                    problems.add(bundle.getSymbolicName() + ": no " + french);
                    continue;
                }
                problems.addAll(compare(bundle.getSymbolicName() + "/" + french,
                        load(bundle.getEntry(english)), load(frenchEntry)));
                checked.add(bundle.getSymbolicName() + "/" + english);
            }
        }
        assertEquals(List.of(), problems);
        // The workbench's own UI bundles must have been found, or the test checked nothing.
        for (String expected : List.of("org.causerie.app/OSGI-INF/l10n/bundle.properties",
                "org.causerie.app/org/causerie/app/internal/Messages.properties",
                "org.causerie.ui/org/causerie/ui/internal/Messages.properties",
                "org.causerie.roster.ui/org/causerie/roster/ui/internal/Messages.properties",
                "org.causerie.chat.ui/org/causerie/chat/ui/internal/Messages.properties",
                "org.causerie.muc.ui/org/causerie/muc/ui/internal/Messages.properties")) {
            assertTrue(checked.contains(expected), expected + " not checked: " + checked);
        }
    }

    @Test
    void theComparisonFindsWhatIsWrong() {
        Properties en = new Properties();
        en.setProperty("a", "Join the room {0} as {1}");
        en.setProperty("b", "Connection refused by the server");
        en.setProperty("c", "OK");
        Properties fr = new Properties();
        fr.setProperty("a", "Rejoindre le salon {0}");
        fr.setProperty("b", "Connection refused by the server");
        fr.setProperty("c", "OK");
        fr.setProperty("d", "en trop");
        List<String> problems = compare("x_fr.properties", en, fr);
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(List.of(), compare("x_fr.properties", en, en).stream()
                .filter(problem -> !problem.contains("left in English")).toList());
    }

    private static List<String> compare(String french, Properties en, Properties fr) {
        List<String> problems = new ArrayList<>();
        if (!en.keySet().equals(fr.keySet())) {
            Set<Object> missing = new TreeSet<>(en.keySet());
            missing.removeAll(fr.keySet());
            Set<Object> extra = new TreeSet<>(fr.keySet());
            extra.removeAll(en.keySet());
            problems.add(french + ": keys missing " + missing + ", keys not in English " + extra);
        }
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String english = en.getProperty(key);
            String translated = fr.getProperty(key);
            if (translated == null) {
                continue;
            }
            if (!arguments(english).equals(arguments(translated))) {
                problems.add(french + ": " + key + " has arguments " + arguments(translated) + ", English "
                        + arguments(english));
            }
            if (english.equals(translated) && words(english) > SAME_WORDS_ALLOWED_UP_TO) {
                problems.add(french + ": " + key + " left in English");
            }
        }
        return problems;
    }

    private static long words(String text) {
        return WORD.matcher(ARGUMENT.matcher(text).replaceAll(" ")).results().count();
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Bundle> causerieBundles() {
        Bundle self = FrameworkUtil.getBundle(TranslationsTest.class);
        return Arrays.stream(self.getBundleContext().getBundles())
                .filter(bundle -> bundle.getSymbolicName() != null)
                .filter(bundle -> bundle.getSymbolicName().startsWith("org.causerie."))
                .filter(bundle -> !bundle.getSymbolicName().endsWith(".tests"))
                .filter(bundle -> !bundle.getSymbolicName().startsWith("org.causerie.testing"))
                .toList();
    }

    private static Set<String> messageFiles(Bundle bundle) {
        Set<String> files = new TreeSet<>();
        var entries = bundle.findEntries("/", "*.properties", true);
        while (entries != null && entries.hasMoreElements()) {
            String path = entries.nextElement().getPath().substring(1);
            String name = path.substring(path.lastIndexOf('/') + 1);
            boolean messages = name.equals("Messages.properties")
                    || path.equals("OSGI-INF/l10n/bundle.properties");
            if (messages && !LOCALE_SUFFIX.matcher(name).matches() && bundle.getEntry(path) != null) {
                files.add(path);
            }
        }
        return files;
    }

    private static Properties load(URL entry) throws IOException {
        assertNotNull(entry);
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
