package org.causerie.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.causerie.core.TlsPolicy;

/**
 * Parses {@code causerie-cli} arguments. Options may come before or after the
 * command; {@code --} ends them, so a message text may start with dashes.
 */
public final class OptionsParser {

    private static final Set<String> FLAGS = Set.of("--help", "--verbose");
    private static final Set<String> VALUED = Set.of("--jid", "--password-file", "--host", "--port", "--resource",
            "--tls", "--trust", "--count", "--timeout", "--status", "--priority", "--hold");
    private static final Map<String, Set<String>> COMMAND_OPTIONS = Map.of(
            "send", Set.of(),
            "listen", Set.of("--count", "--timeout"),
            "presence", Set.of("--status", "--priority", "--hold"),
            "register", Set.of());

    private OptionsParser() {
    }

    /** @return the known command names */
    public static Set<String> commands() {
        return COMMAND_OPTIONS.keySet();
    }

    /**
     * @param args the application arguments
     * @return the options
     * @throws UsageException when they cannot be understood
     */
    public static Options parse(String[] args) throws UsageException {
        Map<String, String> values = new HashMap<>();
        List<String> positional = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("--")) {
                positional.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (FLAGS.contains(arg)) {
                values.put(arg, "");
            } else if (VALUED.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value");
                }
                if (values.put(arg, args[++i]) != null) {
                    throw new UsageException(arg + " given twice");
                }
            } else {
                throw new UsageException("unknown option " + arg, true);
            }
        }
        boolean help = values.containsKey("--help");
        Optional<String> command = positional.isEmpty() ? Optional.empty() : Optional.of(positional.remove(0));
        if (!help) {
            checkCommand(command, values);
        }
        return new Options(help, values.containsKey("--verbose"), Optional.ofNullable(values.get("--jid")),
                Optional.ofNullable(values.get("--password-file")).map(Path::of),
                Optional.ofNullable(values.get("--host")), integer(values, "--port", 1, 65535),
                Optional.ofNullable(values.get("--resource")), tls(values.get("--tls")),
                Optional.ofNullable(values.get("--trust")), command, positional,
                integer(values, "--count", 1, Integer.MAX_VALUE),
                seconds(values, "--timeout"), Optional.ofNullable(values.get("--status")),
                integer(values, "--priority", -128, 127),
                seconds(values, "--hold").orElse(Duration.ZERO));
    }

    private static void checkCommand(Optional<String> command, Map<String, String> values) throws UsageException {
        if (command.isEmpty()) {
            throw new UsageException("no command given", true);
        }
        Set<String> allowed = COMMAND_OPTIONS.get(command.get());
        if (allowed == null) {
            throw new UsageException("unknown command '" + command.get() + "'", true);
        }
        for (String option : values.keySet()) {
            boolean commandOption = COMMAND_OPTIONS.values().stream().anyMatch(s -> s.contains(option));
            if (commandOption && !allowed.contains(option)) {
                throw new UsageException(option + " does not apply to " + command.get());
            }
        }
    }

    private static TlsPolicy tls(String value) throws UsageException {
        if (value == null) {
            return TlsPolicy.REQUIRED;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "required" -> TlsPolicy.REQUIRED;
            case "if-possible" -> TlsPolicy.IF_POSSIBLE;
            case "disabled" -> TlsPolicy.DISABLED;
            default -> throw new UsageException("--tls must be required, if-possible or disabled, not " + value);
        };
    }

    private static OptionalInt integer(Map<String, String> values, String option, int min, int max)
            throws UsageException {
        String value = values.get(option);
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new UsageException(option + " must be within " + min + ".." + max + ", not " + value);
            }
            return OptionalInt.of(parsed);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not " + value);
        }
    }

    private static Optional<Duration> seconds(Map<String, String> values, String option) throws UsageException {
        String value = values.get(option);
        if (value == null) {
            return Optional.empty();
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (!(parsed >= 0) || Double.isInfinite(parsed)) {
                throw new UsageException(option + " needs a number of seconds >= 0, not " + value);
            }
            return Optional.of(Duration.ofMillis(Math.round(parsed * 1000)));
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number of seconds, not " + value);
        }
    }
}
