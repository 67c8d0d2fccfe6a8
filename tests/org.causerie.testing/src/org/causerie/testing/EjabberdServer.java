package org.causerie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A private ejabberd 23.01 node for integration tests.
 *
 * <p>{@link #start(Path)} gives the node its own configuration, database, logs,
 * Erlang node name, cookie, self-signed certificate and free loopback ports, so it
 * never clashes with a system ejabberd or with another test node. The node runs
 * detached ({@code ejabberdctl start}); {@link #stop()} stops it and makes sure no
 * Erlang VM of it survives, and a watchdog stops it if the JVM dies without doing so.
 *
 * <p>Accounts and roster entries ({@link #rosters()}) are created in batches through one short-lived
 * Erlang node, far faster than one {@code ejabberdctl} call each.
 */
public final class EjabberdServer implements TestServer, AutoCloseable {

    /** The XMPP domain served. */
    public static final String DOMAIN = "localhost";
    /** The address all listeners are bound to. */
    public static final String HOST = "127.0.0.1";

    private static final System.Logger LOG = System.getLogger(EjabberdServer.class.getName());
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._/+@,=:-]+");

    private final Installation installation;
    private final ServerConfig config;
    private final ErlangRpc rpc;
    private final NodeControl control;
    private final ServerRosters rosters;
    private volatile ServerCertificate certificate;
    private volatile boolean running;

    private EjabberdServer(Installation installation, ServerConfig config, ServerCertificate certificate) {
        this.installation = installation;
        this.config = config;
        this.rpc = new ErlangRpc(installation, config);
        this.control = new NodeControl(installation, config);
        this.rosters = new ServerRosters(rpc, control, config.workDir());
        this.certificate = certificate;
    }

    /**
     * Creates a node in {@code workDir} (which must be absent or empty) and starts it.
     *
     * @throws EjabberdException if ejabberd is not installed or does not start
     */
    public static EjabberdServer start(Path workDir) {
        Installation installation = Installation.detect();
        Path dir = prepare(workDir);
        ServerConfig config = ServerConfig.create(dir);
        ServerCertificate certificate = ServerCertificate.generate(installation.openssl(), config.certificateDir());
        config.writeFiles(certificate);
        EjabberdServer server = new EjabberdServer(installation, config, certificate);
        server.launch();
        return server;
    }

    /** @return the XMPP domain, {@value #DOMAIN} */
    @Override
    public String domain() {
        return DOMAIN;
    }

    /** @return the listening address, {@value #HOST} */
    @Override
    public String host() {
        return HOST;
    }

    /** @return the client port that offers and requires STARTTLS */
    @Override
    public int c2sPort() {
        return config.c2sPort();
    }

    /** @return a client port that offers no STARTTLS at all */
    public int plainC2sPort() {
        return config.plainC2sPort();
    }

    /**
     * A domain served on {@link #c2sPort()} whose STARTTLS accepts only TLS 1.0
     * and 1.1, which current JDKs refuse: for "TLS handshake failed" tests. It
     * has no accounts; the handshake fails before authentication.
     */
    public String legacyTlsDomain() {
        return "legacy-tls." + DOMAIN;
    }

    /** @return the HTTP port serving BOSH ({@code /bosh}) and HTTP upload ({@code /upload}) */
    public int httpPort() {
        return config.httpPort();
    }

    /** @return the BOSH endpoint */
    public URI boshUri() {
        return URI.create("http://" + HOST + ":" + httpPort() + "/bosh");
    }

    /** @return the SOCKS5 bytestream proxy port (its service JID is {@code proxy.localhost}) */
    public int proxy65Port() {
        return config.proxy65Port();
    }


    /** @return the HTTP upload service domain, {@code upload.localhost} */
    public String uploadDomain() {
        return "upload." + DOMAIN;
    }

    /** @return the SHA-256 of the server's current DER certificate, lowercase hex, no colons */
    @Override
    public String certificateSha256() {
        return certificate.sha256();
    }

    /** @return the server's current certificate (PEM, certificate only, no key) */
    public Path certificatePem() {
        return certificate.certificatePem();
    }

    /** @return the Erlang node name, unique to this server */
    public String nodeName() {
        return config.node();
    }

    /** @return the node's VM process while it runs (benchmarks read its CPU time) */
    public Optional<ProcessHandle> process() {
        return BeamProcesses.find(config.node());
    }

    /** @return the directory holding this node's configuration, database and logs */
    public Path workDir() {
        return config.workDir();
    }

    /** @return the directory of {@code ejabberd.log} and {@code error.log} */
    public Path logDir() {
        return config.logDir();
    }

    /** @return whether the node was started and not stopped since */
    public boolean isRunning() {
        return running;
    }

    /** Stops and starts the node; accounts, rosters and archives persist. */
    public synchronized void restart() {
        stop();
        launch();
    }

    /**
     * Replaces the certificate by a new self-signed one (new key, same names) and
     * restarts, so that a client pinning the old fingerprint must refuse the server.
     *
     * @return the new {@link #certificateSha256()}
     */
    public synchronized String restartWithNewCertificate() {
        stop();
        certificate = ServerCertificate.generate(installation.openssl(), config.certificateDir());
        launch();
        return certificate.sha256();
    }

    /**
     * Stops the node with {@code ejabberdctl stop} and kills its VM if it is still
     * there after 20 s. Idempotent.
     */
    public synchronized void stop() {
        running = false;
        control.stop();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Registers one account.
     *
     * @throws EjabberdException if it exists already or the name is invalid
     */
    public void register(String user, String password) {
        registerAll(Map.of(user, password));
    }

    /**
     * Registers all accounts (user name to password) in one batch.
     *
     * @throws EjabberdException naming every account that could not be registered
     */
    @Override
    public void registerAll(Map<String, String> accounts) {
        List<Map.Entry<String, String>> entries = List.copyOf(accounts.entrySet());
        List<ErlangRpc.Call> calls = entries.stream()
                .map(e -> new ErlangRpc.Call("ejabberd_auth", "try_register",
                        List.of(localpart(e.getKey()), DOMAIN, e.getValue())))
                .toList();
        List<String> results = rpc.call(calls);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!"ok".equals(results.get(i))) {
                failures.add(entries.get(i).getKey() + ": " + results.get(i));
            }
        }
        if (!failures.isEmpty()) {
            throw new EjabberdException("cannot register " + failures);
        }
    }

    /** @return the rosters this node stores: filled, read and awaited apart from any client */
    public ServerRosters rosters() {
        return rosters;
    }

    /**
     * Runs {@code ejabberdctl <args>} against this node.
     *
     * @return the command's standard output
     * @throws EjabberdException with stdout and stderr if the command fails
     */
    public String ctl(String... args) {
        return control.ctl(args);
    }

    @Override
    public String toString() {
        return "EjabberdServer[node=" + config.node() + ", c2s=" + c2sPort() + ", plainC2s=" + plainC2sPort()
                + ", http=" + httpPort() + ", proxy65=" + proxy65Port() + ", workDir=" + workDir() + "]";
    }

    private synchronized void launch() {
        control.start();
        running = true;
        LOG.log(Level.INFO, "ejabberd ready: {0}", this);
    }

    private static Path prepare(Path workDir) {
        Path dir = workDir.toAbsolutePath().normalize();
        if (!SAFE_PATH.matcher(dir.toString()).matches()) {
            throw new IllegalArgumentException("work directory path must not contain blanks, quotes or shell"
                    + " characters (ejabberdctl splits it): " + dir);
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

    static String localpart(String user) {
        String suffix = "@" + DOMAIN;
        return user.endsWith(suffix) ? user.substring(0, user.length() - suffix.length()) : user;
    }
}
