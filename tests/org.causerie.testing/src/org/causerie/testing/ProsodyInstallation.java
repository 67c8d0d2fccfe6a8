package org.causerie.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Prosody and OpenSSL executables {@link ProsodyServer} drives.
 *
 * <p>Defaults are Debian's paths; the system properties {@code causerie.prosody}
 * and {@code causerie.prosodyctl} override them.
 */
record ProsodyInstallation(Path prosody, Path prosodyctl, Path openssl) {

    static final String NOT_INSTALLED = "prosody is not installed: run .ci/setup (apt-get install prosody)";

    /** Finds the executables, or fails with a message that says how to install them. */
    static ProsodyInstallation detect() {
        Path prosody = Path.of(System.getProperty("causerie.prosody", "/usr/bin/prosody"));
        Path ctl = Path.of(System.getProperty("causerie.prosodyctl", "/usr/bin/prosodyctl"));
        if (!Files.isExecutable(prosody) || !Files.isExecutable(ctl)) {
            throw new ProsodyException(NOT_INSTALLED + " (looked for " + prosody + " and " + ctl + ")");
        }
        Path openssl = Installation.onPath("openssl").orElseThrow(() -> new ProsodyException(
                "openssl is not installed: run .ci/setup (apt-get install openssl)"));
        return new ProsodyInstallation(prosody, ctl, openssl);
    }
}
