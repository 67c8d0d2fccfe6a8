package org.causerie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A private Prosody 0.12 for integration tests that need what the harness's
 * ejabberd 23.01 lacks: XEP-0402 bookmarks ({@code mod_bookmarks}, which announces
 * {@code urn:xmpp:bookmarks:1#compat}).
 *
 * <p>{@link #start(Path)} writes its own configuration in the work directory (own
 * data directory, pid file, logs, self-signed certificate, one free client port on
 * loopback, no server-to-server, HTTP or admin listeners) and runs
 * {@code prosody -F} as a child process, so it never talks to nor disturbs a
 * system Prosody ({@code /etc/prosody}, port 5222). {@link #stop()} ends it, and a
 * watchdog ends it if the JVM dies without doing so. Accounts are made with
 * {@code prosodyctl --config <ours> register}. The MUC service is
 * {@link #mucDomain()}; anyone may create rooms.
 */
public final class ProsodyServer implements TestServer, AutoCloseable {

    /** The XMPP domain served. */
    public static final String DOMAIN = "localhost";
    /** The address the client port is bound to. */
    public static final String HOST = "127.0.0.1";

    private static final System.Logger LOG = System.getLogger(ProsodyServer.class.getName());
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._/+@,=:-]+");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CTL_TIMEOUT = Duration.ofSeconds(30);
    private static final int TAIL_LINES = 40;

    private final ProsodyInstallation installation;
    private final ProsodyConfig config;
    private final ServerCertificate certificate;
    private Process process;

    private ProsodyServer(ProsodyInstallation installation, ProsodyConfig config, ServerCertificate certificate) {
        this.installation = installation;
        this.config = config;
        this.certificate = certificate;
    }

    /**
     * Creates a server in {@code workDir} (which must be absent or empty) and starts it.
     *
     * @throws ProsodyException if Prosody is not installed or does not start
     */
    public static ProsodyServer start(Path workDir) {
        ProsodyInstallation installation = ProsodyInstallation.detect();
        ProsodyConfig config = ProsodyConfig.create(prepare(workDir));
        ServerCertificate certificate = ServerCertificate.generate(installation.openssl(), config.certificateDir());
        config.writeFiles(certificate);
        ProsodyServer server = new ProsodyServer(installation, config, certificate);
        server.launch();
        return server;
    }

    @Override
    public String domain() {
        return DOMAIN;
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int c2sPort() {
        return config.c2sPort();
    }


    @Override
    public String certificateSha256() {
        return certificate.sha256();
    }

    /** @return the server's certificate (PEM, certificate only, no key) */
    public Path certificatePem() {
        return certificate.certificatePem();
    }

    /** @return the directory holding this server's configuration, data, certificate and logs */
    public Path workDir() {
        return config.workDir();
    }

    /** @return the directory of {@code prosody.log}, {@code error.log} and {@code stdout.log} */
    public Path logDir() {
        return config.logDir();
    }

    /** @return the server's process while it runs */
    public synchronized Optional<ProcessHandle> process() {
        return Optional.ofNullable(process).filter(Process::isAlive).map(Process::toHandle);
    }

    /** @return whether the server was started and not stopped since */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops and starts the server; accounts and PEP data persist. */
    public synchronized void restart() {
        stop();
        launch();
    }

    /** Ends the server (SIGTERM, then SIGKILL after 10 s). Idempotent. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        long t0 = System.nanoTime();
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "prosody did not stop: killing it");
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
        LOG.log(Level.INFO, "prosody stopped in {0} ms", millisSince(t0));
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Registers one account.
     *
     * @throws ProsodyException if the name is invalid or prosodyctl fails
     */
    public void register(String user, String password) {
        registerAll(Map.of(user, password));
    }

    /**
     * Registers each account with {@code prosodyctl register} (about 50 ms each).
     *
     * @throws ProsodyException naming every account that could not be registered
     */
    @Override
    public void registerAll(Map<String, String> accounts) {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> account : accounts.entrySet()) {
            String user = localpart(account.getKey());
            Commands.Result result = Commands.run(config.ctlCommand(installation, "register", user, DOMAIN,
                    account.getValue()), config.workDir(), CTL_TIMEOUT);
            if (result.exitCode() != 0) {
                failures.add(user + ": exit " + result.exitCode() + " " + result.stdout().strip() + " "
                        + result.stderr().strip());
            }
        }
        if (!failures.isEmpty()) {
            throw new ProsodyException("cannot register " + failures);
        }
    }

    /**
     * What Prosody's file storage holds for a user in one store, read apart from any
     * client: the Lua text of {@code data/<host>/<store>/<user>.dat} (key-value
     * stores) or {@code .list} (archives, such as PEP nodes' items in
     * {@code pep_<node>}), if it exists.
     *
     * @param store a store name, e.g. {@code pep_urn:xmpp:bookmarks:1} or {@code private}
     * @param user a local user name (or bare JID at {@value #DOMAIN})
     */
    public Optional<String> stored(String store, String user) {
        return storage().read(store, localpart(user));
    }

    /**
     * Writes a key-value store's file for a user ({@code data/<host>/<store>/<user>.dat}),
     * for states no client can bring about, such as XEP-0048 bookmarks kept in private
     * storage before the server had {@code mod_bookmarks}: Prosody reads the file when
     * the user next needs it.
     *
     * @param store a key-value store's name, e.g. {@code private}
     * @param user a local user name (or bare JID at {@value #DOMAIN})
     * @param luaTable the store's content, a Lua table constructor in Prosody's serialisation
     */
    public void writeStored(String store, String user, String luaTable) {
        storage().write(store, localpart(user), luaTable);
    }

    private ProsodyStorage storage() {
        return new ProsodyStorage(config.dataDir().resolve(ProsodyStorage.encode(DOMAIN, false)));
    }

    @Override
    public String toString() {
        return "ProsodyServer[c2s=" + c2sPort() + ", workDir=" + workDir() + "]";
    }

    /** Runs {@code prosody -F} and waits until its client port accepts connections. */
    private synchronized void launch() {
        long t0 = System.nanoTime();
        process = Commands.spawnLogged(List.of(installation.prosody().toString(), "--config",
                config.configFile().toString(), "-F"), config.workDir(), config.logDir().resolve("stdout.log"));
        BeamProcesses.watch(process.toHandle(), config.workDir(), "causerie-prosody-watchdog");
        while (!FreePorts.isListening(config.c2sPort())) {
            if (!process.isAlive()) {
                throw new ProsodyException("prosody exited with " + process.exitValue() + " during start-up"
                        + diagnostics());
            }
            if (System.nanoTime() - t0 > START_TIMEOUT.toNanos()) {
                process.destroyForcibly();
                throw new ProsodyException("prosody not ready after " + START_TIMEOUT + diagnostics());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new ProsodyException("interrupted while waiting for prosody", e);
            }
        }
        LOG.log(Level.INFO, "prosody ready in {0} ms: {1}", millisSince(t0), this);
    }

    /** @return where the logs are, then the tail of each log that exists */
    private String diagnostics() {
        StringBuilder out = new StringBuilder("\nwork directory: ").append(config.workDir());
        for (String name : List.of("stdout.log", "error.log", "prosody.log")) {
            Path log = config.logDir().resolve(name);
            if (Files.isRegularFile(log)) {
                try {
                    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                    out.append("\n--- ").append(log).append(" (tail) ---\n").append(String.join("\n",
                            lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size())));
                } catch (IOException e) {
                    out.append("\n--- ").append(log).append(": unreadable: ").append(e);
                }
            }
        }
        return out.toString();
    }

    private static Path prepare(Path workDir) {
        Path dir = workDir.toAbsolutePath().normalize();
        if (!SAFE_PATH.matcher(dir.toString()).matches()) {
            throw new IllegalArgumentException("work directory path must not contain blanks, quotes or shell"
                    + " characters (it is written into a Lua string): " + dir);
        }
        try {
            Files.createDirectories(dir);
            try (Stream<Path> content = Files.list(dir)) {
                if (content.findAny().isPresent()) {
                    throw new IllegalArgumentException("work directory must be empty: " + dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create work directory " + dir, e);
        }
        return dir;
    }

    private static String localpart(String user) {
        String suffix = "@" + DOMAIN;
        return user.endsWith(suffix) ? user.substring(0, user.length() - suffix.length()) : user;
    }

    private static long millisSince(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0).toMillis();
    }
}
