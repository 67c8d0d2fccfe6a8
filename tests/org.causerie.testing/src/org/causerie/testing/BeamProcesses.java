package org.causerie.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Finds, waits for and kills the Erlang VM ({@code beam.smp}) of one node. */
final class BeamProcesses {

    /**
     * Shell watchdog: while both the JVM ($1) and the node ($2) live, sleep; if the
     * JVM died first (killed, so no shutdown hook ran), stop the node, then kill it.
     */
    private static final String WATCHDOG = "while kill -0 \"$1\" 2>/dev/null && kill -0 \"$2\" 2>/dev/null;"
            + " do sleep 1; done;"
            + " if kill -0 \"$2\" 2>/dev/null; then kill -TERM \"$2\"; sleep 15; kill -KILL \"$2\" 2>/dev/null; fi";

    private BeamProcesses() {
    }

    /** @return the beam process started with {@code -sname node}, if one is alive */
    static Optional<ProcessHandle> find(String node) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("beam.smp")).orElse(false))
                .filter(p -> p.info().arguments().map(args -> hasName(List.of(args), node)).orElse(false))
                .findFirst();
    }

    private static boolean hasName(List<String> args, String node) {
        int i = args.indexOf("-sname");
        return i >= 0 && i + 1 < args.size() && args.get(i + 1).equals(node);
    }

    /** @return whether {@code process} ended within {@code timeout} */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** SIGTERM (graceful in Erlang), then SIGKILL if the VM is still there after 10 s. */
    static void kill(ProcessHandle process) {
        process.destroy();
        if (!awaitExit(process, Duration.ofSeconds(10))) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(5));
        }
    }

    /** Starts a watchdog that stops the node if this JVM dies without stopping it. */
    static void watch(ProcessHandle beam, Path dir) {
        Commands.spawn(List.of("sh", "-c", WATCHDOG, "causerie-ejabberd-watchdog",
                Long.toString(ProcessHandle.current().pid()), Long.toString(beam.pid())), dir);
    }
}
