package org.causerie.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Finds, waits for and kills the Erlang VM ({@code beam.smp}) of one node. */
final class BeamProcesses {

    /**
     * Shell watchdog: while both the JVM ($1) and the node ($2) live, sleep; if the
     * JVM died first (killed, so no shutdown hook ran), stop the node, then kill it.
     * A zombie counts as dead.
     */
    private static final String WATCHDOG = "alive() { s=$(cat /proc/$1/stat 2>/dev/null) || return 1;"
            + " s=${s##*\") \"}; [ \"${s%% *}\" != Z ]; };"
            + " while alive \"$1\" && alive \"$2\"; do sleep 1; done;"
            + " alive \"$2\" || exit 0; kill -TERM \"$2\"; i=0;"
            + " while alive \"$2\" && [ $i -lt 15 ]; do sleep 1; i=$((i+1)); done;"
            + " alive \"$2\" && kill -KILL \"$2\"; exit 0";

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

    /**
     * @return whether {@code process} ended within {@code timeout}; a zombie counts as
     *         ended (a detached VM is an orphan, and some container init processes
     *         reap orphans only every few seconds)
     */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isRunning(process);
            }
        }
        return true;
    }

    private static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
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
        watch(beam, dir, "causerie-ejabberd-watchdog");
    }

    /** Same for any server process (SIGTERM, then SIGKILL after 15 s); {@code name} names the watchdog's shell. */
    static void watch(ProcessHandle server, Path dir, String name) {
        Commands.spawn(List.of("sh", "-c", WATCHDOG, name,
                Long.toString(ProcessHandle.current().pid()), Long.toString(server.pid())), dir);
    }
}
