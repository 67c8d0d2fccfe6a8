package org.causerie.cli;

import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

import org.causerie.cli.internal.Commands;
import org.causerie.core.AccountService;

/**
 * Runs one {@code causerie-cli} command line against the core services, writing
 * to the given streams. The application uses it with the process's streams;
 * tests run it in process. The account is transient: nothing is stored.
 */
public final class CliMain {

    private final AccountService accounts;
    private final CountDownLatch stop = new CountDownLatch(1);

    /** @param accounts the core account service */
    public CliMain(AccountService accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    /**
     * @param args the command line, without the launcher's own arguments
     * @param out data: JSON lines of {@code listen}, the help text
     * @param err one-line error messages
     * @return the process exit code (0 done, 2 usage, 3 wrong password, 4 untrusted
     *         certificate, 5 unreachable, 6 TLS, 7 registration refused, 8 listen timeout, 1 other)
     */
    public int run(String[] args, PrintStream out, PrintStream err) {
        return Commands.run(accounts, args, out, err, stop).code();
    }

    /** Ends a running {@code listen} or {@code presence --hold} early and cleanly (SIGTERM). */
    public void stop() {
        stop.countDown();
    }
}
