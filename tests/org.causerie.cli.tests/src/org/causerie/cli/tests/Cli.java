package org.causerie.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.causerie.cli.CliMain;
import org.causerie.core.AccountService;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdServer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Runs {@link CliMain} in process and keeps what it printed. */
final class Cli {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** One finished run. */
    record Result(int exitCode, String out, String err) {

        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    static <T> T service(Class<T> type) {
        return await(type, null);
    }

    static AccountService accounts() {
        return service(AccountService.class);
    }

    /** Waits until a session of this bare JID is connected (by the CLI or anyone). */
    static XmppSession awaitSession(String bareJid) {
        return await(XmppSession.class, "(" + XmppSession.BOUND_JID + "=" + bareJid + "/*)");
    }

    private static <T> T await(Class<T> type, String filter) {
        BundleContext context = FrameworkUtil.getBundle(Cli.class).getBundleContext();
        try {
            ServiceTracker<T, T> tracker = filter == null ? new ServiceTracker<>(context, type, null)
                    : new ServiceTracker<>(context, context.createFilter(
                            "(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
            tracker.open();
            T service = tracker.waitForService(TIMEOUT.toMillis());
            if (service == null) {
                throw new AssertionError("no " + type.getSimpleName() + " " + filter + " within " + TIMEOUT);
            }
            return service;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Path passwordFile(Path dir, String password) throws IOException {
        Path file = Files.createTempFile(dir, "password", ".txt");
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** The connection options for the harness's server, pinned to its certificate. */
    static List<String> connection(EjabberdServer server, String jid, Path passwordFile) {
        return new ArrayList<>(List.of("--jid", jid, "--password-file", passwordFile.toString(),
                "--host", server.host(), "--port", String.valueOf(server.c2sPort()),
                "--trust", server.certificateSha256()));
    }

    static Result run(List<String> args) {
        return run(new CliMain(accounts()), args);
    }

    static Result run(CliMain main, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = main.run(args.toArray(String[]::new), o, e);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CompletableFuture<Result> runAsync(List<String> args) {
        return CompletableFuture.supplyAsync(() -> run(args), r -> new Thread(r, "cli-test-run").start());
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
