package org.causerie.testing;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs a batch of Erlang function calls on the test node from ONE short-lived
 * hidden Erlang node ({@code erl -eval ... rpc:call ...}). Each {@code ejabberdctl}
 * call boots its own VM (~0.25 s); a batch of any size costs one boot.
 *
 * <p>Arguments are passed as binaries written as byte lists, so no quoting issue
 * can arise whatever the strings contain.
 */
final class ErlangRpc {

    /** One call {@code module:function(binary args...)}; module and function are trusted atoms. */
    record Call(String module, String function, List<String> args) {
    }

    private static final int BATCH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Installation installation;
    private final ServerConfig config;

    ErlangRpc(Installation installation, ServerConfig config) {
        this.installation = installation;
        this.config = config;
    }

    /** Runs the calls in order and returns each result printed as an Erlang term ({@code ~w}). */
    List<String> call(List<Call> calls) {
        List<String> results = new ArrayList<>(calls.size());
        for (int from = 0; from < calls.size(); from += BATCH) {
            List<Call> batch = calls.subList(from, Math.min(calls.size(), from + BATCH));
            String out = Commands.run(command(batch), config.spoolDir(), Duration.ofSeconds(120)).orThrow();
            List<String> lines = out.lines().filter(line -> !line.isBlank()).toList();
            if (lines.size() != batch.size()) {
                throw new EjabberdException("unexpected rpc output for " + batch + ":\n" + out);
            }
            results.addAll(lines);
        }
        return results;
    }

    private List<String> command(List<Call> batch) {
        String calls = batch.stream()
                .map(c -> "{" + c.module() + "," + c.function() + ",["
                        + c.args().stream().map(ErlangRpc::binary).collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(","));
        String eval = "N='" + config.node() + "',"
                + "[io:format(\"~w~n\",[rpc:call(N,M,F,A,60000)])||{M,F,A}<-[" + calls + "]],"
                + "halt(0).";
        String self = "causerie-rpc-" + randomHex(4) + "@localhost";
        return List.of(installation.erl().toString(), "-sname", self, "-hidden", "-noinput", "-noshell",
                "-setcookie", config.cookie(),
                "-erl_epmd_port", Integer.toString(config.distPort()), "-start_epmd", "false",
                "-dist_listen", "false", "-eval", eval);
    }

    /** Encodes {@code text} as the Erlang binary of its UTF-8 bytes, e.g. {@code <<97,98>>}. */
    static String binary(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder("<<");
        for (int i = 0; i < bytes.length; i++) {
            out.append(i == 0 ? "" : ",").append(bytes[i] & 0xff);
        }
        return out.append(">>").toString();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
