package org.causerie.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;

import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.XmppSession;
import org.causerie.roster.RosterService;
import org.causerie.roster.RosterSnapshot;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Roster versioning (RFC 6121 §2.6): the version is kept and a later login still has every item. */
@ExtendWith(EjabberdExtension.class)
class RosterVersioningTest {

    @Test
    void theVersionIsKeptAcrossSessionsOfAnAccount(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        server.rosters().addPair(alice.user(), bob.user());
        AccountService accounts = service(AccountService.class);
        SmackRosterService rosters = (SmackRosterService) service(RosterService.class);
        Account account = Account.builder(alice.jid()).host(server.host()).port(server.c2sPort())
                .resource("versioned").pinnedCertificate(server.certificateSha256()).build();
        for (int login = 1; login <= 2; login++) {
            XmppSession session = accounts.connect(account, alice.password().toCharArray()).get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!rosters.roster(account.id()).map(RosterSnapshot::loaded).orElse(false)
                    && System.nanoTime() < deadline) {
                Thread.sleep(25);
            }
            assertEquals(1, rosters.roster(account.id()).orElseThrow().contacts().size(), "login " + login);
            assertFalse(rosters.storedRosterVersion(account.id(), alice.jid()).isEmpty(), "ejabberd sent a version");
            accounts.disconnect(session.account().id()).get(30, TimeUnit.SECONDS);
        }
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(RosterVersioningTest.class).getBundleContext(), type, null);
        tracker.open();
        return tracker.waitForService(30_000);
    }
}
