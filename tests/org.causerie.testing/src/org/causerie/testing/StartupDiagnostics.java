package org.causerie.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Collects the tails of a node's logs for the message of a failed start. */
final class StartupDiagnostics {

    private static final int TAIL_LINES = 40;

    private StartupDiagnostics() {
    }

    /** @return a multi-line text: where the logs are, then the tail of each log that exists */
    static String of(ServerConfig config) {
        StringBuilder out = new StringBuilder("\nwork directory: ").append(config.workDir());
        for (String name : List.of("ejabberdctl-start.log", "error.log", "crash.log", "ejabberd.log")) {
            Path log = config.logDir().resolve(name);
            if (Files.isRegularFile(log)) {
                out.append("\n--- ").append(log).append(" (tail) ---\n").append(tail(log));
            }
        }
        return out.toString();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
