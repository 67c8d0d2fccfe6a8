package org.causerie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one server of a kind shared by all tests of a JVM: started lazily, stopped at
 * the end of the test run ({@link #forRun}) or, failing that, by a JVM shutdown hook.
 * Its work directory is a new one under {@value EjabberdExtension#WORK_DIR_PROPERTY}
 * (kept after the run, for its logs), or else a temporary one (deleted after the run).
 */
final class SharedServer<S extends TestServer> {

    /** The private ejabberd of {@link EjabberdExtension}. */
    static final SharedServer<EjabberdServer> EJABBERD = new SharedServer<>("ejabberd", EjabberdServer::start);
    /** The private Prosody of {@link ProsodyExtension}. */
    static final SharedServer<ProsodyServer> PROSODY = new SharedServer<>("prosody", ProsodyServer::start);

    private static final System.Logger LOG = System.getLogger(SharedServer.class.getName());

    private final String name;
    private final Function<Path, S> starter;
    private final ExtensionContext.Namespace namespace;
    private S server;
    private Path ownedDir;
    private boolean hookInstalled;

    private SharedServer(String name, Function<Path, S> starter) {
        this.name = name;
        this.starter = starter;
        this.namespace = ExtensionContext.Namespace.create(SharedServer.class, name);
    }

    /** @return the shared server, started (or restarted, if a test stopped it) as needed */
    synchronized S get() {
        if (server == null) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "causerie-" + name + "-stop"));
                hookInstalled = true;
            }
            server = starter.apply(newWorkDir());
        } else if (!server.isRunning()) {
            server.restart();
        }
        return server;
    }

    /** @return the shared server, started as needed, which the end of the test run stops */
    S forRun(ExtensionContext context) {
        S started = get();
        context.getRoot().getStore(namespace)
                .getOrComputeIfAbsent(StopAtEndOfRun.class, key -> new StopAtEndOfRun(this), StopAtEndOfRun.class);
        return started;
    }

    /** Stops the shared server, if any, and deletes its work directory if it was a temporary one. */
    synchronized void shutdown() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } finally {
            server = null;
            if (ownedDir != null) {
                deleteTree(ownedDir);
                ownedDir = null;
            }
        }
    }

    private Path newWorkDir() {
        String base = System.getProperty(EjabberdExtension.WORK_DIR_PROPERTY, "");
        try {
            if (base.isBlank()) {
                ownedDir = Files.createTempDirectory("causerie-" + name + "-");
                return ownedDir;
            }
            return Files.createTempDirectory(Files.createDirectories(Path.of(base)), name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a " + name + " work directory", e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "cannot delete " + root, e);
        }
    }

    /** Closed by JUnit when the root context's store closes, at the end of the run. */
    private record StopAtEndOfRun(SharedServer<?> shared) implements AutoCloseable {

        @Override
        public void close() {
            shared.shutdown();
        }
    }
}
