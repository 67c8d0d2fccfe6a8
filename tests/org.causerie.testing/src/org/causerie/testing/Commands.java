package org.causerie.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Runs external commands with a clean environment, a timeout and captured output. */
final class Commands {

    /** Outcome of a finished command. */
    record Result(List<String> command, int exitCode, String stdout, String stderr) {

        /** @return stdout, or throws with the full diagnostics when the exit code is not 0 */
        String orThrow() {
            if (exitCode != 0) {
                throw new EjabberdException("command failed (exit " + exitCode + "): "
                        + String.join(" ", command) + "\nstdout: " + stdout.strip() + "\nstderr: " + stderr.strip());
            }
            return stdout;
        }
    }

    private Commands() {
    }

    /** Runs {@code command} in {@code dir}, capturing stdout and stderr. */
    static Result run(List<String> command, Path dir, Duration timeout) {
        Process process = start(builder(command, dir));
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        int exit = await(process, command, timeout);
        try {
            return new Result(command, exit, out.get(), err.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EjabberdException("interrupted while reading output of " + command, e);
        } catch (ExecutionException e) {
            throw new EjabberdException("cannot read output of " + command, e.getCause());
        }
    }

    /**
     * Runs a command that may leave a daemon behind (which would keep pipes open):
     * its output goes to {@code log}, and only the command's own exit is awaited.
     */
    static int runLogged(List<String> command, Path dir, Path log, Duration timeout) {
        ProcessBuilder builder = builder(command, dir)
                .redirectOutput(Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        return await(start(builder), command, timeout);
    }

    /** Starts a background command whose output and errors are appended to {@code log}. */
    static Process spawnLogged(List<String> command, Path dir, Path log) {
        return start(builder(command, dir).redirectOutput(Redirect.appendTo(log.toFile())).redirectErrorStream(true));
    }

    /** Starts a background command whose output nobody reads. */
    static Process spawn(List<String> command, Path dir) {
        return start(builder(command, dir).redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD));
    }

    private static ProcessBuilder builder(List<String> command, Path dir) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        cleanEnvironment(builder.environment());
        return builder;
    }

    /** Drops variables through which a caller's environment would redirect ejabberdctl or erl. */
    private static void cleanEnvironment(Map<String, String> env) {
        env.keySet().removeIf(key -> key.startsWith("EJABBERD") || key.startsWith("ERL_")
                || key.startsWith("CONTRIB_MODULES") || List.of("CONFIG_DIR", "LOGS_DIR", "SPOOL_DIR",
                        "VMARGS", "SCRIPT", "MNESIA_OPTIONS", "NO_TIMEOUT", "ERLANG_NODE_ARG").contains(key));
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new EjabberdException("cannot run " + builder.command(), e);
        }
    }

    private static int await(Process process, List<String> command, Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new EjabberdException("timed out after " + timeout + ": " + String.join(" ", command));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new EjabberdException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (stream) {
                result.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException | UncheckedIOException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
