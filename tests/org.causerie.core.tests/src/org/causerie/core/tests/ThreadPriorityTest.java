package org.causerie.core.tests;

import static org.causerie.core.tests.CoreFixture.account;
import static org.causerie.core.tests.CoreFixture.accounts;
import static org.causerie.core.tests.CoreFixture.await;
import static org.causerie.core.tests.CoreFixture.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.jivesoftware.smack.AbstractXMPPConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A session's network threads run at the lowest Java priority (the launcher maps it
 * to a higher nice value), so parsing a burst of stanzas gives way to the display
 * thread: Smack's reader and writer inherit it from the session thread that connects.
 */
@ExtendWith(EjabberdExtension.class)
class ThreadPriorityTest {

    @Test
    void smacksReaderAndWriterOfASessionRunAtTheLowestPriority(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        XmppSession session = connect(account(server, alice).build(), alice.password());
        try {
            int counter = ((AbstractXMPPConnection) ((SmackSession) session).connection()).getConnectionCounter();
            List<String> names = List.of("Smack Reader (" + counter + ")", "Smack Writer (" + counter + ")");
            List<Thread> threads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> names.contains(t.getName())).toList();
            assertEquals(2, threads.size(), () -> "the session's reader and writer among " + names);
            for (Thread thread : threads) {
                assertEquals(Thread.MIN_PRIORITY, thread.getPriority(), thread.getName());
            }
        } finally {
            await(accounts().disconnect(session.account().id()));
        }
    }
}
