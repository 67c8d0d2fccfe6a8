package org.causerie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Everything private to one test node: its directories under the work directory,
 * its loopback ports, Erlang node name and cookie. Immutable; kept across restarts
 * so that clients reconnect to the same ports and the database stays valid (Mnesia
 * ties its schema to the node name).
 */
record ServerConfig(Path workDir, int c2sPort, int plainC2sPort, int httpPort, int proxy65Port,
        int distPort, String node, String cookie) {

    /**
     * System property: how many messages each room keeps and sends on join (mod_muc
     * {@code history_size}); ejabberd's default, 20, when unset. For benchmarks.
     */
    static final String MUC_HISTORY_SIZE_PROPERTY = "causerie.ejabberd.mucHistorySize";
    /**
     * System property: the most occupants a room may have (mod_muc {@code max_users});
     * ejabberd's default, 200, when unset. For benchmarks.
     */
    static final String MUC_MAX_USERS_PROPERTY = "causerie.ejabberd.mucMaxUsers";
    /**
     * System property: how many stanzas sent to a client may wait for its
     * acknowledgement before ejabberd ends the stream (mod_stream_mgmt
     * {@code max_ack_queue}); ejabberd's default, 5000, when unset. For benchmarks.
     */
    static final String MAX_ACK_QUEUE_PROPERTY = "causerie.ejabberd.maxAckQueue";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Picks fresh ports, node name and cookie for a node living in {@code workDir}. */
    static ServerConfig create(Path workDir) {
        int[] ports = FreePorts.allocate(5);
        String id = randomHex(4);
        String cookie = randomHex(16);
        return new ServerConfig(workDir, ports[0], ports[1], ports[2], ports[3], ports[4],
                "causerie-" + id + "@localhost", cookie);
    }

    Path configDir() {
        return workDir.resolve("etc");
    }

    Path spoolDir() {
        return workDir.resolve("database");
    }

    Path logDir() {
        return workDir.resolve("logs");
    }

    Path runDir() {
        return workDir.resolve("run");
    }

    Path uploadDir() {
        return workDir.resolve("upload");
    }

    Path certificateDir() {
        return workDir.resolve("certificate");
    }

    /** Creates the directories and writes ejabberd.yml, ejabberdctl.cfg and inetrc. */
    void writeFiles(ServerCertificate certificate) {
        try {
            for (Path dir : List.of(configDir(), spoolDir(), logDir(), runDir(), uploadDir(), certificateDir())) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create directories in " + workDir, e);
        }
        Map<String, String> values = Map.ofEntries(
                Map.entry("DOMAIN", EjabberdServer.DOMAIN),
                Map.entry("LOOPBACK_IP", EjabberdServer.HOST),
                Map.entry("ADMIN_JID", "admin@" + EjabberdServer.DOMAIN),
                Map.entry("SERVER_PEM", certificate.serverPem().toString()),
                Map.entry("UPLOAD_DIR", uploadDir().toString()),
                Map.entry("C2S_PORT", Integer.toString(c2sPort)),
                Map.entry("PLAIN_C2S_PORT", Integer.toString(plainC2sPort)),
                Map.entry("HTTP_PORT", Integer.toString(httpPort)),
                Map.entry("PROXY65_PORT", Integer.toString(proxy65Port)),
                Map.entry("DIST_PORT", Integer.toString(distPort)),
                Map.entry("NODE", node),
                Map.entry("COOKIE", cookie),
                Map.entry("PID_FILE", runDir().resolve("ejabberd.pid").toString()),
                Map.entry("MUC_HISTORY_SIZE", positive(MUC_HISTORY_SIZE_PROPERTY, 20)),
                Map.entry("MUC_MAX_USERS", positive(MUC_MAX_USERS_PROPERTY, 200)),
                Map.entry("SM_MAX_ACK_QUEUE", positive(MAX_ACK_QUEUE_PROPERTY, 5000)));
        Templates.write("ejabberd.yml.template", values, configDir().resolve("ejabberd.yml"));
        Templates.write("ejabberdctl.cfg.template", values, configDir().resolve("ejabberdctl.cfg"));
        Templates.write("inetrc.template", values, configDir().resolve("inetrc"));
    }

    /** @return the {@code ejabberdctl} command line for this node followed by {@code args} */
    List<String> ctlCommand(Installation installation, String... args) {
        List<String> command = new ArrayList<>(List.of(installation.ejabberdctl().toString(),
                "--config-dir", configDir().toString(),
                "--config", configDir().resolve("ejabberd.yml").toString(),
                "--ctl-config", configDir().resolve("ejabberdctl.cfg").toString(),
                "--logs", logDir().toString(),
                "--spool", spoolDir().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** @return the property's value, a positive integer, or the default when unset */
    private static String positive(String property, int defaultValue) {
        String value = System.getProperty(property, "").strip();
        if (value.isEmpty()) {
            return Integer.toString(defaultValue);
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return Integer.toString(parsed);
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException(property + " must be a positive integer, not \"" + value + "\"");
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
