package org.causerie.plugins.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.causerie.plugins.PluginException;

/** Reads a bundle jar's manifest into a {@link BundleDescriptor}. */
public final class BundleJars {

    private BundleJars() {
    }

    /**
     * @return what the jar's manifest says
     * @throws PluginException when it is not a readable jar or not an OSGi bundle
     */
    public static BundleDescriptor read(Path jar) throws PluginException {
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
            String symbolicName = main.getValue("Bundle-SymbolicName");
            if (symbolicName == null || symbolicName.isBlank()) {
                throw new PluginException(PluginException.Reason.NOT_A_BUNDLE,
                        jar.getFileName() + " is not an OSGi bundle (no Bundle-SymbolicName)",
                        List.of(String.valueOf(jar.getFileName())));
            }
            Properties l10n = localization(file, main);
            String id = ManifestValues.firstName(symbolicName);
            String version = Optional.ofNullable(main.getValue("Bundle-Version")).orElse("0.0.0").trim();
            String name = localized(main.getValue("Bundle-Name"), l10n).orElse(id);
            String vendor = localized(main.getValue("Bundle-Vendor"), l10n).orElse("");
            Optional<String> host = Optional.ofNullable(main.getValue("Fragment-Host")).map(ManifestValues::firstName);
            List<String> wiring = new ArrayList<>();
            for (String header : List.of("Import-Package", "Require-Bundle", "DynamicImport-Package")) {
                ManifestValues.names(main.getValue(header)).forEach(n -> wiring.add(header + ": " + n));
            }
            return new BundleDescriptor(id, version, name, vendor, xeps(main.getValue("Causerie-Xeps")), host,
                    wiring, jar);
        } catch (IOException | SecurityException e) {
            throw new PluginException(PluginException.Reason.UNREADABLE,
                    jar.getFileName() + " cannot be read as a jar: " + e.getMessage(),
                    List.of(String.valueOf(jar.getFileName()), String.valueOf(e.getMessage())), e);
        }
    }

    /** "0224, XEP-0085" → {"XEP-0224", "XEP-0085"}. */
    static Set<String> xeps(String header) {
        Set<String> xeps = new TreeSet<>();
        if (header == null) {
            return xeps;
        }
        for (String part : header.split(",")) {
            String number = part.trim().toUpperCase(Locale.ROOT).replaceFirst("^XEP-?", "");
            if (!number.isEmpty()) {
                xeps.add("XEP-" + number);
            }
        }
        return xeps;
    }

    private static Properties localization(JarFile file, Attributes main) throws IOException {
        Properties properties = new Properties();
        String base = Optional.ofNullable(main.getValue("Bundle-Localization")).orElse("OSGI-INF/l10n/bundle");
        ZipEntry entry = file.getEntry(base + ".properties");
        if (entry != null) {
            try (InputStream in = file.getInputStream(entry)) {
                properties.load(in);
            }
        }
        return properties;
    }

    private static Optional<String> localized(String value, Properties l10n) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        if (trimmed.startsWith("%")) {
            return Optional.of(l10n.getProperty(trimmed.substring(1), trimmed));
        }
        return Optional.of(trimmed);
    }
}
