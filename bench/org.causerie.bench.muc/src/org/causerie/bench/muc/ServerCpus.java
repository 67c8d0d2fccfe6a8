package org.causerie.bench.muc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Optionally keeps the benchmark's server side (ejabberd and the occupants' JVM) on
 * some of the machine's cores ({@code taskset}, every thread), or behind the workbench
 * for the CPU ({@code renice}, every thread), standing in for a server on a machine of its
 * own; the workbench stays free to use every core. Set by
 * {@code -Dcauserie.bench.serverCpus=LIST} (a taskset CPU list, e.g. {@code 1}) and
 * {@code -Dcauserie.bench.serverNice=N} (1–19); unset, the server shares every core
 * with the workbench at the same priority.
 */
final class ServerCpus {

    static final String PROPERTY = "causerie.bench.serverCpus";
    static final String NICE = "causerie.bench.serverNice";

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
        int nice = Integer.getInteger(NICE, 0);
        String priority = "";
        if (nice > 0) {
            for (ProcessHandle process : serverSide) {
                run(renice(Math.min(19, nice), process));
            }
            priority = ", at nice " + Math.min(19, nice) + " (every thread; the workbench's display thread at 0)";
        }
        if (cpus.isEmpty()) {
            return "ejabberd and the occupants' JVM share every core with the workbench" + priority;
        }
        pin(cpus.get(), serverSide);
        return "ejabberd and the occupants' JVM pinned to CPUs " + cpus.get()
                + " (taskset), the workbench on every core" + priority;
    }

    /** @return {@code renice} for every thread of the process (on Linux a nice value is a thread's) */
    private static List<String> renice(int nice, ProcessHandle process) throws IOException {
        List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(nice), "-p"));
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc", Long.toString(process.pid()),
                "task"))) {
            tasks.forEach(task -> command.add(task.getFileName().toString()));
        }
        return command;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static void pin(String cpus, List<ProcessHandle> processes) throws IOException, InterruptedException {
        for (ProcessHandle process : processes) {
            run(List.of("taskset", "-a", "-p", "-c", cpus, Long.toString(process.pid())));
        }
    }
}
