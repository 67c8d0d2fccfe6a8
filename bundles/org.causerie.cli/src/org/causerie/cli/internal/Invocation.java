package org.causerie.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.causerie.core.Account;
import org.causerie.core.AccountService;

/**
 * What a command runs with.
 *
 * @param accounts the core service
 * @param options the parsed command line
 * @param account the transient account built from the options
 * @param out standard output: the command's data
 * @param err standard error: diagnostics
 * @param stop counted down when the process is asked to end (SIGTERM)
 */
public record Invocation(AccountService accounts, Options options, Account account, PrintStream out,
        PrintStream err, CountDownLatch stop) {

    /** How long connecting, registering or a confirmation may take before giving up. */
    public static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(45);
}
