package org.causerie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one ejabberd server shared by all tests of a JVM: started lazily, stopped by
 * {@link #shutdown()} (end of the test run) or, failing that, by a JVM shutdown hook.
 */
final class SharedServer {

    private static final System.Logger LOG = System.getLogger(SharedServer.class.getName());

    private static EjabberdServer server;
    private static Path ownedDir;
    private static boolean hookInstalled;

    private SharedServer() {
    }

    /** @return the shared server, started (or restarted, if a test stopped it) as needed */
    static synchronized EjabberdServer get() {
        if (server == null) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(SharedServer::shutdown, "causerie-ejabberd-stop"));
                hookInstalled = true;
            }
            server = EjabberdServer.start(newWorkDir());
        } else if (!server.isRunning()) {
            server.restart();
        }
        return server;
    }

    /** Stops the shared server, if any, and deletes its work directory if it was a temporary one. */
    static synchronized void shutdown() {
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

    /**
     * A fresh directory under {@code causerie.test.work} (kept after the run, for its
     * logs), or else a temporary directory (deleted after the run).
     */
    private static Path newWorkDir() {
        String base = System.getProperty(EjabberdExtension.WORK_DIR_PROPERTY, "");
        try {
            if (base.isBlank()) {
                ownedDir = Files.createTempDirectory("causerie-ejabberd-");
                return ownedDir;
            }
            return Files.createTempDirectory(Files.createDirectories(Path.of(base)), "ejabberd-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an ejabberd work directory", e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "cannot delete " + root, e);
        }
    }
}
