package org.causerie.cli.tests;

import static org.causerie.cli.tests.Cli.accounts;
import static org.causerie.cli.tests.Cli.connection;
import static org.causerie.cli.tests.Cli.passwordFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.causerie.core.Account;
import org.causerie.core.PeerPresence;
import org.causerie.core.PresenceMode;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code presence} as a contact sees it through the core API. */
@ExtendWith(EjabberdExtension.class)
class PresenceCommandTest {

    @TempDir
    Path dir;

    @Test
    void awayWithStatusReachesARosteredContact(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        server.rosters().addPair(alice.user(), bob.user());
        Account bobAccount = Account.builder(bob.jid()).host(server.host()).port(server.c2sPort())
                .resource("watcher").pinnedCertificate(server.certificateSha256()).build();
        XmppSession bobSession = accounts().connect(bobAccount, bob.password().toCharArray()).get(60, TimeUnit.SECONDS);
        List<PeerPresence> seen = new CopyOnWriteArrayList<>();
        bobSession.addPresenceListener(seen::add);
        try {
            List<String> args = connection(server, alice.jid(), passwordFile(dir, alice.password()));
            args.addAll(List.of("--resource", "cli", "presence", "away", "--status", "lunch", "--priority", "3",
                    "--hold", "0.5"));
            Cli.Result result = Cli.run(args);
            assertEquals(0, result.exitCode(), result::toString);

            String from = alice.jid() + "/cli";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!awaySeen(seen, from) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(25);
            }
            assertTrue(awaySeen(seen, from), () -> "presence seen: " + seen);
        } finally {
            accounts().disconnect(bobAccount.id()).get(30, TimeUnit.SECONDS);
        }
    }

    private static boolean awaySeen(List<PeerPresence> seen, String from) {
        return seen.stream().anyMatch(p -> p.from().equals(from) && p.available()
                && p.mode().equals(Optional.of(PresenceMode.AWAY)) && p.status().equals("lunch") && p.priority() == 3);
    }
}
