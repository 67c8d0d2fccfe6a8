package org.causerie.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the configuration templates under {@code /resources/ejabberd/} (and
 * {@code /resources/prosody/}) of this bundle.
 * Placeholders are written {@code @@NAME@@}; a placeholder without a value is an error.
 */
final class Templates {

    private static final String ROOT = "/resources/ejabberd/";
    private static final Pattern PLACEHOLDER = Pattern.compile("@@([A-Z0-9_]+)@@");

    private Templates() {
    }

    /** Writes template {@code name} (under {@value #ROOT}) to {@code target} with {@code values} filled in. */
    static void write(String name, Map<String, String> values, Path target) {
        write(ROOT, name, values, target);
    }

    /** Writes template {@code root + name} to {@code target} with {@code values} filled in. */
    static void write(String root, String name, Map<String, String> values, Path target) {
        String filled = fill(load(root + name), values, name);
        try {
            Files.writeString(target, filled, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    static String fill(String template, Map<String, String> values, String name) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for " + matcher.group() + " in template " + name);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    private static String load(String path) {
        try (InputStream in = Templates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("template " + path
                        + " not found: is the bundle root (with resources/) on the class path?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + path, e);
        }
    }
}
