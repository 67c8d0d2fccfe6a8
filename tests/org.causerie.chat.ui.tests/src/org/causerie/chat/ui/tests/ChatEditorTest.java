package org.causerie.chat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.causerie.chat.ConversationId;
import org.causerie.chat.ui.internal.Messages;
import org.causerie.chat.ui.internal.WidgetIds;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Chat editors of the real workbench against the harness's ejabberd: two accounts
 * connected in one workbench talk to each other through their editors.
 */
@ExtendWith(EjabberdExtension.class)
class ChatEditorTest {

    private static WorkbenchRunner workbench;
    private static Ui ui;
    private static ChatDriver driver;
    private XmppSession alice;
    private XmppSession bob;
    private TestAccount aliceUser;
    private TestAccount bobUser;
    /** alice's conversation with bob, and bob's with alice */
    private ConversationId aliceBob;
    private ConversationId bobAlice;

    @BeforeAll
    static void startWorkbench() throws Exception {
        workbench = WorkbenchRunner.start(Duration.ofSeconds(60));
        ui = new Ui(workbench.display());
        ui.shell("Causerie");
        driver = new ChatDriver(workbench, ui);
    }

    @AfterAll
    static void closeWorkbench() throws Exception {
        if (workbench != null) {
            workbench.close();
        }
    }

    private void connectPair(EjabberdServer server) {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        aliceUser = users.get(0);
        bobUser = users.get(1);
        // receipts go only to contacts allowed to see presence (XEP-0184 §8); the nicknames are the user names
        server.addRosterPair(aliceUser.user(), bobUser.user());
        alice = Sessions.connect(server, aliceUser);
        bob = Sessions.connect(server, bobUser);
        aliceBob = ConversationId.of(alice.account().id(), bobUser.jid());
        bobAlice = ConversationId.of(bob.account().id(), aliceUser.jid());
    }

    @AfterEach
    void closeEditorsAndDisconnect() {
        driver.closeAll();
        if (alice != null) {
            Sessions.disconnect(alice, bob);
        }
    }

    @Test
    void roundTripThroughTheEditors(EjabberdServer server) {
        connectPair(server);
        driver.open(aliceBob, Optional.empty());
        assertTrue(driver.label(aliceBob, WidgetIds.ACCOUNT).contains(aliceUser.jid()), "alice's account is shown");
        driver.send(aliceBob, "Hello bob, see https://example.org/causerie :)");

        // bob has no editor: one opens behind the current one and a notification tells
        Shell popup = driver.notification("Hello bob");
        driver.waitForPart(bobAlice);
        assertTrue(ui.read(() -> driver.onTop(aliceBob)), "alice's editor keeps the front");
        assertFalse(ui.read(() -> driver.onTop(bobAlice)), "bob's editor opened in the background");
        ui.screenshot("chat-notification");

        // bob's client answered with a receipt
        driver.waitForTranscript(aliceBob, "the delivered state", t -> t.contains(Messages.state_DELIVERED));

        driver.click(popup, "Hello bob");
        ui.waitFor("bob's editor in front", () -> Optional.of(driver.onTop(bobAlice)).filter(b -> b));
        driver.waitForTranscript(bobAlice, "alice's message", t -> t.contains("Hello bob, see https://example.org"));
        assertTrue(driver.label(bobAlice, WidgetIds.ACCOUNT).contains(bobUser.jid()), "bob's account is shown");
        driver.send(bobAlice, "Hi alice!");

        driver.waitForTranscript(aliceBob, "bob's answer", t -> t.contains("Hi alice!"));
        assertEquals(0, ChatDriver.chat().unreadCount(bobAlice), "bob's conversation is read once shown");
        ui.screenshot("chat-round-trip");
    }
}
