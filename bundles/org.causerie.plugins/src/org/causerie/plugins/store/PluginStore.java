package org.causerie.plugins.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.causerie.plugins.PluginException;

/**
 * The installed plugins on disk: one folder holding a copy of each plugin's jar
 * ({@code <id>_<version>.jar}) and {@value #STATE_FILE} ({@code <id>=enabled} or
 * {@code disabled}). The workbench loads it at start; the command line edits it.
 * Every operation reads the folder afresh under a file lock, so two processes
 * can use one store; writes replace files atomically.
 */
public final class PluginStore {

    /** The state file's name. */
    public static final String STATE_FILE = "plugins.properties";

    /** System property naming the store's folder, for the workbench and the command line alike. */
    public static final String LOCATION_PROPERTY = "causerie.plugins.store";

    private static final Object IN_PROCESS = new Object();

    private final Path folder;

    public PluginStore(Path folder) {
        this.folder = folder;
    }

    /** @return the store's folder */
    public Path folder() {
        return folder;
    }

    /** @return the stored plugins, by id; a jar that cannot be read is left out */
    public List<StoredPlugin> list() throws PluginException {
        return locked(this::read);
    }

    /** @return the stored plugin with that id */
    public Optional<StoredPlugin> find(String id) throws PluginException {
        return list().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Copies the bundles into the store, enabled, replacing other versions of the same ids.
     *
     * @return the stored copies
     */
    public List<StoredPlugin> add(List<BundleDescriptor> bundles) throws PluginException {
        return locked(() -> {
            Properties state = state();
            List<StoredPlugin> added = new ArrayList<>();
            for (BundleDescriptor bundle : bundles) {
                Path target = folder.resolve(bundle.storeFileName());
                Path temporary = folder.resolve(bundle.storeFileName() + ".part");
                Files.copy(bundle.jar(), temporary, StandardCopyOption.REPLACE_EXISTING);
                for (StoredPlugin old : read()) {
                    if (old.id().equals(bundle.id()) && !old.bundle().jar().equals(target)) {
                        Files.deleteIfExists(old.bundle().jar());
                    }
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                state.setProperty(bundle.id(), "enabled");
                added.add(new StoredPlugin(BundleJars.read(target), true));
            }
            writeState(state);
            return added;
        });
    }

    /** Remembers whether the plugin should run. */
    public void setEnabled(String id, boolean enabled) throws PluginException {
        locked(() -> {
            if (read().stream().noneMatch(p -> p.id().equals(id))) {
                throw notInstalled(id);
            }
            Properties state = state();
            state.setProperty(id, enabled ? "enabled" : "disabled");
            writeState(state);
            return null;
        });
    }

    /** Removes the plugin's jar and state. */
    public void remove(String id) throws PluginException {
        locked(() -> {
            List<StoredPlugin> matching = read().stream().filter(p -> p.id().equals(id)).toList();
            if (matching.isEmpty()) {
                throw notInstalled(id);
            }
            for (StoredPlugin plugin : matching) {
                Files.deleteIfExists(plugin.bundle().jar());
            }
            Properties state = state();
            state.remove(id);
            writeState(state);
            return null;
        });
    }

    /** @return the error for an id that is not in the store */
    public static PluginException notInstalled(String id) {
        return new PluginException(PluginException.Reason.NOT_INSTALLED, "No plugin " + id + " is installed",
                List.of(id));
    }

    private List<StoredPlugin> read() throws IOException {
        Properties state = state();
        List<StoredPlugin> plugins = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                try {
                    BundleDescriptor bundle = BundleJars.read(jar);
                    plugins.add(new StoredPlugin(bundle, !"disabled".equals(state.getProperty(bundle.id()))));
                } catch (PluginException e) {
                    System.getLogger(PluginStore.class.getName()).log(System.Logger.Level.WARNING,
                            "plugin store: " + e.getMessage());
                }
            }
        }
        plugins.sort(Comparator.comparing(StoredPlugin::id));
        return plugins;
    }

    private Properties state() throws IOException {
        Properties state = new Properties();
        Path file = folder.resolve(STATE_FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                state.load(in);
            }
        }
        return state;
    }

    private void writeState(Properties state) throws IOException {
        Path temporary = folder.resolve(STATE_FILE + ".part");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            state.store(out, "Causerie plugins: id=enabled|disabled");
        }
        Files.move(temporary, folder.resolve(STATE_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private interface Work<T> {
        T run() throws IOException, PluginException;
    }

    private <T> T locked(Work<T> work) throws PluginException {
        synchronized (IN_PROCESS) {
            try {
                Files.createDirectories(folder);
                try (FileChannel channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                    return work.run();
                }
            } catch (IOException e) {
                throw new PluginException(PluginException.Reason.STORE,
                        "The plugin store " + folder + " cannot be used: " + e.getMessage(),
                        List.of(folder.toString(), String.valueOf(e.getMessage())), e);
            }
        }
    }
}
