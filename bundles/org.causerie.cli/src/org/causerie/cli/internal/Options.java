package org.causerie.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.causerie.core.TlsPolicy;

/**
 * One parsed command line. Holds the password file's path, never the password.
 *
 * @param help {@code --help} was given
 * @param verbose {@code --verbose} was given
 * @param jid the account's bare JID
 * @param passwordFile where the password is
 * @param host server host override
 * @param port server port override
 * @param resource resource override
 * @param tls the TLS policy
 * @param trust pinned certificate fingerprint
 * @param command the command name
 * @param arguments the command's positional arguments
 * @param count {@code listen --count}
 * @param timeout {@code listen --timeout}
 * @param status {@code presence --status}
 * @param priority {@code presence --priority}
 * @param hold {@code presence --hold}
 */
public record Options(boolean help, boolean verbose, Optional<String> jid, Optional<Path> passwordFile,
        Optional<String> host, OptionalInt port, Optional<String> resource, TlsPolicy tls, Optional<String> trust,
        Optional<String> command, List<String> arguments, OptionalInt count, Optional<Duration> timeout,
        Optional<String> status, OptionalInt priority, Duration hold) {

    public Options {
        arguments = List.copyOf(arguments);
    }
}
