package org.causerie.cli.tests;

import static org.causerie.cli.tests.Cli.connection;
import static org.causerie.cli.tests.Cli.passwordFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every failure gets one clear line on standard error and its own exit code. */
@ExtendWith(EjabberdExtension.class)
class ErrorsTest {

    @TempDir
    Path dir;

    @Test
    void wrongPasswordExitsWith3AndNeverPrintsThePassword(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        List<String> args = connection(server, alice.jid(), passwordFile(dir, "not-the-password-123"));
        args.addAll(List.of("send", alice.jid(), "hi"));
        Cli.Result result = Cli.run(args);
        assertEquals(3, result.exitCode(), result::toString);
        assertEquals("causerie-cli: wrong password for " + alice.jid() + "\n", result.err());
        assertEquals("", result.out());
        assertFalse(result.err().contains("not-the-password-123"));
    }

    @Test
    void unpinnedCertificateExitsWith4AndPrintsTheFingerprintToTrust(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        List<String> args = connection(server, alice.jid(), passwordFile(dir, alice.password()));
        int trust = args.indexOf("--trust");
        args.subList(trust, trust + 2).clear();
        args.addAll(List.of("send", alice.jid(), "hi"));
        Cli.Result result = Cli.run(args);
        assertEquals(4, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--trust " + server.certificateSha256()), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
    }

    @Test
    void refusedConnectionExitsWith5(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<String> args = List.of("--jid", alice.jid(), "--password-file",
                passwordFile(dir, alice.password()).toString(), "--host", server.host(),
                "--port", String.valueOf(closedPort), "--trust", server.certificateSha256(), "send", alice.jid(), "hi");
        Cli.Result result = Cli.run(args);
        assertEquals(5, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("causerie-cli: connection refused"), result::toString);
    }

    @Test
    void missingPasswordFileExitsWith2(EjabberdServer server) {
        List<String> args = connection(server, "alice@" + server.domain(), dir.resolve("no-such-file"));
        args.addAll(List.of("send", "bob@" + server.domain(), "hi"));
        Cli.Result result = Cli.run(args);
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("password file") && result.err().contains("does not exist"),
                result::toString);
    }

    @Test
    void unknownCommandPrintsTheUsageAndExitsWith2() {
        Cli.Result result = Cli.run(List.of("--jid", "a@b", "--password-file", "x", "frobnicate"));
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("causerie-cli: unknown command 'frobnicate'\n"), result::toString);
        assertTrue(result.err().contains("Usage: causerie-cli"), result::toString);
        assertEquals("", result.out());
    }

    @Test
    void helpPrintsTheUsageOnStandardOutput() {
        Cli.Result result = Cli.run(List.of("--help"));
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("Usage: causerie-cli"), result::toString);
        assertEquals("", result.err());
    }
}
