package org.causerie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving tests one private Prosody per JVM, as
 * {@link EjabberdExtension} does for ejabberd (the two can serve the same run).
 *
 * <p>The first test class that needs it starts the server (in a new directory under
 * the system property {@value EjabberdExtension#WORK_DIR_PROPERTY}, kept for its logs,
 * or in a temporary directory, deleted); it stops when the test run ends, or at the
 * latest when the JVM exits. Use it with {@code @ExtendWith(ProsodyExtension.class)},
 * then take a {@link ProsodyServer} parameter, or call {@link #server()}.
 */
public final class ProsodyExtension implements BeforeAllCallback, ParameterResolver {

    private static final System.Logger LOG = System.getLogger(ProsodyExtension.class.getName());
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(ProsodyExtension.class);

    private static ProsodyServer server;
    private static Path ownedDir;
    private static boolean hookInstalled;

    /**
     * @return the shared server, started (or restarted, if a test stopped it) as needed
     * @throws ProsodyException if Prosody is not installed or does not start
     */
    public static synchronized ProsodyServer server() {
        if (server == null) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(ProsodyExtension::shutdown, "causerie-prosody-stop"));
                hookInstalled = true;
            }
            server = ProsodyServer.start(newWorkDir());
        } else if (!server.isRunning()) {
            server.restart();
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        serverFor(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == ProsodyServer.class;
    }

    @Override
    public ProsodyServer resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return serverFor(extensionContext);
    }

    private static ProsodyServer serverFor(ExtensionContext context) {
        ProsodyServer started = server();
        context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(StopAtEndOfRun.class, key -> new StopAtEndOfRun(), StopAtEndOfRun.class);
        return started;
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

    private static Path newWorkDir() {
        String base = System.getProperty(EjabberdExtension.WORK_DIR_PROPERTY, "");
        try {
            if (base.isBlank()) {
                ownedDir = Files.createTempDirectory("causerie-prosody-");
                return ownedDir;
            }
            return Files.createTempDirectory(Files.createDirectories(Path.of(base)), "prosody-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a prosody work directory", e);
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
    private static final class StopAtEndOfRun implements AutoCloseable {

        @Override
        public void close() {
            shutdown();
        }
    }
}
