package org.causerie.core.tests;

import static org.causerie.core.tests.CoreFixture.accounts;
import static org.causerie.core.tests.CoreFixture.await;
import static org.causerie.core.tests.CoreFixture.connect;
import static org.causerie.core.tests.CoreFixture.eventually;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.causerie.core.OwnPresence;
import org.causerie.core.PeerPresence;
import org.causerie.core.PresenceMode;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Presence between two accounts that are each other's contacts. */
@ExtendWith(EjabberdExtension.class)
class PresenceTest {

    @Test
    void everyModeStatusAndPriorityReachesTheContactAndInvisibleHides(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        server.rosters().addPair(alice.user(), bob.user());
        XmppSession bobSession = connect(server, bob);
        List<PeerPresence> seen = new CopyOnWriteArrayList<>();
        bobSession.addPresenceListener(seen::add);
        XmppSession aliceSession = connect(server, alice);
        String aliceJid = aliceSession.boundJid();
        try {
            awaitPresence(seen, aliceJid, p -> p.available());

            for (PresenceMode mode : List.of(PresenceMode.CHAT, PresenceMode.AWAY, PresenceMode.XA,
                    PresenceMode.DND, PresenceMode.AVAILABLE)) {
                String status = "status " + mode;
                await(aliceSession.setPresence(new OwnPresence(mode, status, -5)));
                awaitPresence(seen, aliceJid, p -> p.available() && p.mode().equals(Optional.of(mode))
                        && p.status().equals(status) && p.priority() == -5);
            }

            await(aliceSession.setPresence(new OwnPresence(PresenceMode.INVISIBLE, "", 0)));
            awaitPresence(seen, aliceJid, p -> !p.available());

            await(aliceSession.setPresence(new OwnPresence(PresenceMode.AWAY, "back", 1)));
            awaitPresence(seen, aliceJid, p -> p.available() && p.status().equals("back"));
        } finally {
            await(accounts().disconnect(aliceSession.account().id()));
            await(accounts().disconnect(bobSession.account().id()));
        }
    }

    @Test
    void priorityOutsideTheProtocolRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new OwnPresence(PresenceMode.AVAILABLE, "", 128));
        assertThrows(IllegalArgumentException.class, () -> new OwnPresence(PresenceMode.AVAILABLE, "", -129));
    }

    private static void awaitPresence(List<PeerPresence> seen, String from, Predicate<PeerPresence> matches) {
        eventually(() -> "presence from " + from + " as expected (seen " + seen + ")",
                () -> seen.stream().anyMatch(p -> p.from().equals(from) && matches.test(p)));
        seen.clear();
    }
}
