package org.causerie.plugins.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.causerie.plugins.PluginException;

/**
 * The bundle jars a user pointed at: one jar, the jars of a folder, or the
 * {@code plugins/*.jar} of a p2 repository built by Tycho (a folder or a zip;
 * the repository's metadata is not needed: no p2 runtime, nothing online). A zip
 * is unpacked into a temporary folder, removed on {@link #close()}.
 */
public final class PluginSource implements AutoCloseable {

    /** Files that mark a p2 repository's folder. */
    private static final List<String> P2_MARKERS = List.of("artifacts.jar", "artifacts.xml", "artifacts.xml.xz",
            "content.jar", "content.xml", "content.xml.xz", "p2.index", "compositeArtifacts.xml");

    private final List<Path> jars;
    private final Optional<Path> unpacked;

    private PluginSource(List<Path> jars, Optional<Path> unpacked) {
        this.jars = List.copyOf(jars);
        this.unpacked = unpacked;
    }

    /**
     * @throws PluginException when the path does not exist, cannot be read, or holds no jar
     */
    public static PluginSource open(Path source) throws PluginException {
        if (!Files.exists(source)) {
            throw new PluginException(PluginException.Reason.NOT_FOUND, "No such file or folder: " + source,
                    List.of(source.toString()));
        }
        String name = source.getFileName() == null ? "" : source.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (Files.isDirectory(source)) {
                return new PluginSource(folder(source), Optional.empty());
            }
            if (name.endsWith(".jar")) {
                return new PluginSource(List.of(source), Optional.empty());
            }
            if (name.endsWith(".zip")) {
                Path target = Files.createTempDirectory("causerie-plugin-");
                try {
                    unzip(source, target);
                    return new PluginSource(folder(target), Optional.of(target));
                } catch (IOException | PluginException | RuntimeException e) {
                    delete(target);
                    throw e;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new PluginException(PluginException.Reason.UNREADABLE, "Cannot read " + source + ": " + e.getMessage(),
                    List.of(source.toString(), String.valueOf(e.getMessage())), e);
        }
        throw new PluginException(PluginException.Reason.NOT_A_SOURCE, source.getFileName()
                + " is neither a bundle jar, a folder of jars nor a p2 repository (folder or zip)",
                List.of(String.valueOf(source.getFileName())));
    }

    /** @return the jars found, in name order */
    public List<Path> jars() {
        return jars;
    }

    private static List<Path> folder(Path folder) throws IOException, PluginException {
        Path root = folder;
        // A zipped repository often holds one folder with the repository inside.
        try (Stream<Path> children = Files.list(root)) {
            List<Path> all = children.toList();
            if (all.size() == 1 && Files.isDirectory(all.get(0)) && !isRepository(root)) {
                root = all.get(0);
            }
        }
        Path jarsFolder = isRepository(root) && Files.isDirectory(root.resolve("plugins")) ? root.resolve("plugins")
                : root;
        List<Path> jars;
        try (Stream<Path> files = Files.list(jarsFolder)) {
            jars = files.filter(f -> Files.isRegularFile(f)
                    && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        if (jars.isEmpty()) {
            throw new PluginException(PluginException.Reason.NO_JAR, "No bundle jar in " + folder,
                    List.of(folder.toString()));
        }
        return jars;
    }

    private static boolean isRepository(Path folder) {
        return P2_MARKERS.stream().anyMatch(m -> Files.isRegularFile(folder.resolve(m)));
    }

    private static void unzip(Path zip, Path target) throws IOException, PluginException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new PluginException(PluginException.Reason.UNREADABLE,
                            zip.getFileName() + " holds a path outside itself: " + entry.getName(),
                            List.of(String.valueOf(zip.getFileName()), "path outside the zip: " + entry.getName()));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(entries, out);
                }
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind; nothing else depends on it
        }
    }

    @Override
    public void close() {
        unpacked.ifPresent(PluginSource::delete);
    }
}
