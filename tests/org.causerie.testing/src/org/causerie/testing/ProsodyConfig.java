package org.causerie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything private to one Prosody of the harness: its directories under the
 * work directory and its loopback client port. Immutable; kept across restarts so
 * that clients reconnect to the same port and the data stays.
 */
record ProsodyConfig(Path workDir, int c2sPort) {

    static ProsodyConfig create(Path workDir) {
        return new ProsodyConfig(workDir, FreePorts.allocate(1)[0]);
    }

    Path configFile() {
        return workDir.resolve("prosody.cfg.lua");
    }

    Path dataDir() {
        return workDir.resolve("data");
    }

    Path logDir() {
        return workDir.resolve("logs");
    }

    Path certificateDir() {
        return workDir.resolve("certificate");
    }

    Path pidFile() {
        return workDir.resolve("prosody.pid");
    }

    /** Creates the directories and writes the configuration file. */
    void writeFiles(ServerCertificate certificate) {
        try {
            for (Path dir : List.of(dataDir(), logDir(), certificateDir())) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create directories in " + workDir, e);
        }
        Map<String, String> values = Map.ofEntries(
                Map.entry("DOMAIN", ProsodyServer.DOMAIN),
                Map.entry("MUC_DOMAIN", "conference." + ProsodyServer.DOMAIN),
                Map.entry("LOOPBACK_IP", ProsodyServer.HOST),
                Map.entry("C2S_PORT", Integer.toString(c2sPort)),
                Map.entry("PID_FILE", pidFile().toString()),
                Map.entry("DATA_DIR", dataDir().toString()),
                Map.entry("CERT_DIR", certificateDir().toString()),
                Map.entry("CERT_FILE", certificate.certificatePem().toString()),
                Map.entry("KEY_FILE", ServerCertificate.privateKey(certificateDir()).toString()),
                Map.entry("LOG_FILE", logDir().resolve("prosody.log").toString()),
                Map.entry("ERROR_LOG_FILE", logDir().resolve("error.log").toString()));
        Templates.write("/resources/prosody/", "prosody.cfg.lua.template", values, configFile());
    }

    /** @return the {@code prosodyctl} command line for this server followed by {@code args} */
    List<String> ctlCommand(ProsodyInstallation installation, String... args) {
        List<String> command = new ArrayList<>(List.of(installation.prosodyctl().toString(),
                "--config", configFile().toString()));
        command.addAll(List.of(args));
        return command;
    }
}
