package org.causerie.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The ejabberd, Erlang and OpenSSL executables this harness drives.
 *
 * <p>Defaults are Debian's paths; the system properties {@code causerie.ejabberdctl}
 * and {@code causerie.erl} override them.
 */
record Installation(Path ejabberdctl, Path erl, Path openssl) {

    static final String NOT_INSTALLED = "ejabberd is not installed: run .ci/setup (apt-get install ejabberd)";

    /** Finds the executables, or fails with a message that says how to install them. */
    static Installation detect() {
        Path ctl = Path.of(System.getProperty("causerie.ejabberdctl", "/usr/sbin/ejabberdctl"));
        Path erl = Path.of(System.getProperty("causerie.erl", "/usr/bin/erl"));
        if (!Files.isExecutable(ctl) || !Files.isExecutable(erl)) {
            throw new EjabberdException(NOT_INSTALLED + " (looked for " + ctl + " and " + erl + ")");
        }
        Path openssl = onPath("openssl").orElseThrow(() -> new EjabberdException(
                "openssl is not installed: run .ci/setup (apt-get install openssl)"));
        String user = System.getProperty("user.name");
        if (!"root".equals(user) && !"ejabberd".equals(user)) {
            throw new EjabberdException("ejabberdctl only runs as root or as user ejabberd, not as " + user);
        }
        return new Installation(ctl, erl, openssl);
    }

    /** @return the executable {@code name} found on the PATH, if any */
    static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name));
            }
        }
        return Optional.empty();
    }
}
