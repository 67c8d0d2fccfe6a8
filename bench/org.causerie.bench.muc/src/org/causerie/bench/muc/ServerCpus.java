package org.causerie.bench.muc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Optionally keeps the benchmark's server side (ejabberd and the occupants' JVM) on
 * some of the machine's cores ({@code taskset}, every thread), standing in for a
 * server on a machine of its own; the workbench stays free to use every core. Set by
 * {@code -Dcauserie.bench.serverCpus=LIST} (a taskset CPU list, e.g. {@code 1});
 * unset, nothing is pinned and the server shares every core with the workbench.
 */
final class ServerCpus {

    static final String PROPERTY = "causerie.bench.serverCpus";

    private ServerCpus() {
    }

    /**
     * Pins the server side's processes (ejabberd, the occupants' JVM) as the property asks.
     *
     * @return what the run does, in words, for its figures
     * @throws IllegalStateException if taskset fails (the figures would not be what the
     *         run claims)
     */
    static String apply(List<ProcessHandle> serverSide) throws IOException, InterruptedException {
        Optional<String> cpus = Optional.ofNullable(System.getProperty(PROPERTY)).map(String::trim)
                .filter(s -> !s.isEmpty());
        if (cpus.isEmpty()) {
            return "ejabberd and the occupants' JVM share every core with the workbench";
        }
        pin(cpus.get(), serverSide);
        return "ejabberd and the occupants' JVM pinned to CPUs " + cpus.get()
                + " (taskset), the workbench on every core";
    }

    private static void pin(String cpus, List<ProcessHandle> processes) throws IOException, InterruptedException {
        for (ProcessHandle process : processes) {
            List<String> command = new ArrayList<>(List.of("taskset", "-a", "-p", "-c", cpus,
                    Long.toString(process.pid())));
            Process taskset = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(taskset.getInputStream().readAllBytes());
            if (!taskset.waitFor(10, TimeUnit.SECONDS) || taskset.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        }
    }
}
