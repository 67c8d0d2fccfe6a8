package org.causerie.testing;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;

/** Starts, probes and stops one node through {@code ejabberdctl}. */
final class NodeControl {

    private static final System.Logger LOG = System.getLogger(EjabberdServer.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration CTL_TIMEOUT = Duration.ofSeconds(60);

    private final Installation installation;
    private final ServerConfig config;

    NodeControl(Installation installation, ServerConfig config) {
        this.installation = installation;
        this.config = config;
    }

    /** {@code ejabberdctl <args>}: its stdout, or an exception with stdout and stderr. */
    String ctl(String... args) {
        return run(args).orThrow();
    }

    /**
     * {@code ejabberdctl start} (detached VM), then waits until every listener accepts
     * connections and {@code ejabberdctl status} succeeds; arms the watchdog.
     */
    void start() {
        long t0 = System.nanoTime();
        Path log = config.logDir().resolve("ejabberdctl-start.log");
        int exit = Commands.runLogged(config.ctlCommand(installation, "start"), config.spoolDir(), log, CTL_TIMEOUT);
        if (exit != 0) {
            throw new EjabberdException("ejabberdctl start exited with " + exit + StartupDiagnostics.of(config));
        }
        BeamProcesses.watch(awaitReady(t0), config.spoolDir());
        LOG.log(Level.INFO, "ejabberd node {0} started in {1} ms", config.node(), millisSince(t0));
    }

    /** {@code ejabberdctl stop}, then kills the VM if it is still there after 20 s. */
    void stop() {
        Optional<ProcessHandle> beam = BeamProcesses.find(config.node());
        if (beam.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            Commands.Result result = run("stop");
            if (result.exitCode() != 0) {
                LOG.log(Level.WARNING, "ejabberdctl stop failed: {0}", result.stdout() + result.stderr());
            }
        } catch (EjabberdException e) {
            LOG.log(Level.WARNING, "ejabberdctl stop failed", e);
        }
        if (!BeamProcesses.awaitExit(beam.get(), STOP_TIMEOUT)) {
            LOG.log(Level.WARNING, "ejabberd node {0} did not stop: killing it", config.node());
            BeamProcesses.kill(beam.get());
        }
        LOG.log(Level.INFO, "ejabberd node {0} stopped in {1} ms", config.node(), millisSince(t0));
    }

    private Commands.Result run(String... args) {
        return Commands.run(config.ctlCommand(installation, args), config.spoolDir(), CTL_TIMEOUT);
    }

    private ProcessHandle awaitReady(long t0) {
        while (true) {
            Optional<ProcessHandle> beam = BeamProcesses.find(config.node());
            long elapsed = System.nanoTime() - t0;
            if (beam.isEmpty() && elapsed > Duration.ofSeconds(5).toNanos()) {
                throw new EjabberdException("ejabberd node " + config.node() + " exited during start-up"
                        + StartupDiagnostics.of(config));
            }
            if (beam.isPresent() && allListening() && run("status").exitCode() == 0) {
                return beam.get();
            }
            if (elapsed > START_TIMEOUT.toNanos()) {
                beam.ifPresent(BeamProcesses::kill);
                throw new EjabberdException("ejabberd node " + config.node() + " not ready after " + START_TIMEOUT
                        + StartupDiagnostics.of(config));
            }
            pause();
        }
    }

    private boolean allListening() {
        return IntStream.of(config.c2sPort(), config.plainC2sPort(), config.httpPort(), config.proxy65Port())
                .allMatch(FreePorts::isListening);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EjabberdException("interrupted while waiting for ejabberd", e);
        }
    }

    private static long millisSince(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0).toMillis();
    }
}
