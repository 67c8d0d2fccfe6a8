package org.causerie.cli.tests;

import static org.causerie.cli.tests.Cli.accounts;
import static org.causerie.cli.tests.Cli.await;
import static org.causerie.cli.tests.Cli.connection;
import static org.causerie.cli.tests.Cli.passwordFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.causerie.core.Account;
import org.causerie.core.XmppMessage;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code listen}, {@code send} and {@code register} against the harness's ejabberd. */
@ExtendWith(EjabberdExtension.class)
class MessagingTest {

    /** Quotes, a backslash, a newline, non-ASCII and a character outside the BMP. */
    private static final String TRICKY = "He said \"hi\" \\ then\nleft \u2013 caf\u00e9 \ud83d\ude00";
    private static final String TRICKY_JSON = "\"He said \\\"hi\\\" \\\\ then\\nleft \\u2013 caf\\u00e9 \\ud83d\\ude00\"";

    @TempDir
    Path dir;

    @Test
    void listenPrintsOneEscapedJsonLinePerMessageSentBySend(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        List<String> listen = connection(server, bob.jid(), passwordFile(dir, bob.password()));
        listen.addAll(List.of("--resource", "listener", "listen", "--count", "2", "--timeout", "60"));
        CompletableFuture<Cli.Result> listening = Cli.runAsync(listen);
        Cli.awaitSession(bob.jid());
        TimeUnit.MILLISECONDS.sleep(300); // the listener is added right after the session is published

        Path alicePassword = passwordFile(dir, alice.password());
        for (String text : List.of("hello", TRICKY)) {
            List<String> send = connection(server, alice.jid(), alicePassword);
            send.addAll(List.of("--resource", "sender", "send", bob.jid(), text));
            Cli.Result sent = Cli.run(send);
            assertEquals(0, sent.exitCode(), sent::toString);
            assertEquals("", sent.err(), sent::toString);
        }

        Cli.Result result = await(listening);
        assertEquals(0, result.exitCode(), result::toString);
        List<String> lines = result.lines();
        assertEquals(2, lines.size(), result::toString);
        assertJsonLine(lines.get(0), alice.jid() + "/sender", bob, "\"hello\"");
        assertJsonLine(lines.get(1), alice.jid() + "/sender", bob, TRICKY_JSON);
    }

    private static void assertJsonLine(String line, String from, TestAccount to, String bodyJson) {
        Pattern expected = Pattern.compile("\\{\"id\":\"[^\"\\\\]+\""
                + ",\"from\":" + Pattern.quote("\"" + from + "\"")
                + ",\"to\":\"" + Pattern.quote(to.jid()) + "(/listener)?\""
                + ",\"type\":\"chat\""
                + ",\"body\":" + Pattern.quote(bodyJson)
                + ",\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z\"\\}");
        assertTrue(expected.matcher(line).matches(), () -> "unexpected line: " + line + "\nexpected: " + expected);
    }

    @Test
    void registerCreatesTheAccountThatSendThenUses(EjabberdServer server) throws Exception {
        TestAccount bob = TestAccounts.fresh(server, "bob");
        String jid = "cli-reg-" + UUID.randomUUID().toString().substring(0, 8) + "@" + server.domain();
        Path password = passwordFile(dir, "s3cret \u00e9t\u00e9");
        List<String> register = connection(server, jid, password);
        register.add("register");
        Cli.Result registered = Cli.run(register);
        assertEquals(0, registered.exitCode(), registered::toString);

        Account bobAccount = Account.builder(bob.jid()).host(server.host()).port(server.c2sPort())
                .resource("receiver").pinnedCertificate(server.certificateSha256()).build();
        XmppSession bobSession = accounts().connect(bobAccount, bob.password().toCharArray()).get(60, TimeUnit.SECONDS);
        List<XmppMessage> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        bobSession.addMessageListener(received::add);
        try {
            List<String> send = connection(server, jid, password);
            send.addAll(List.of("send", bob.jid(), "from a new account"));
            Cli.Result sent = Cli.run(send);
            assertEquals(0, sent.exitCode(), sent::toString);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(25);
            }
            assertEquals(List.of("from a new account"), new ArrayList<>(received.stream().map(XmppMessage::body).toList()));
            assertTrue(received.get(0).from().startsWith(jid + "/"), received::toString);

            Cli.Result again = Cli.run(register);
            assertEquals(7, again.exitCode(), again::toString);
            assertTrue(again.err().contains("conflict"), again::toString);
        } finally {
            accounts().disconnect(bobAccount.id()).get(30, TimeUnit.SECONDS);
        }
    }
}
