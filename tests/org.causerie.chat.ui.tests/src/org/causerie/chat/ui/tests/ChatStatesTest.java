package org.causerie.chat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.causerie.chat.ChatState;
import org.causerie.chat.ui.internal.Messages;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Chat states of attention (XEP-0085 §5.1) between two editors of the real
 * workbench, alice's and bob's, through the harness's ejabberd: what one side's
 * editor sends when it is closed, left or focused again, the other side's editor
 * shows under its transcript.
 */
@ExtendWith(EjabberdExtension.class)
class ChatStatesTest extends EditorTestBase {

    /** The editor says inactive after 2 minutes without attention (XEP-0085's example figure). */
    private static final Duration INACTIVE_WAIT = Duration.ofMinutes(3);

    /** Opens both editors and has each side write once: the conversation has started on both sides. */
    private void talk() {
        driver.open(pair.bobAlice, Optional.empty());
        driver.open(pair.aliceBob, Optional.empty());
        driver.send(pair.aliceBob, "are you still there?");
        driver.waitForTranscript(pair.bobAlice, "alice's message", t -> t.contains("are you still there?"));
        driver.activate(pair.bobAlice);
        driver.send(pair.bobAlice, "yes");
        driver.waitForTranscript(pair.aliceBob, "bob's answer", t -> t.contains("yes"));
        driver.activate(pair.aliceBob);
        driver.waitForPeerState(pair.aliceBob, ""); // bob's message carried <active/>
    }

    @Test
    void closingTheEditorSaysGoneAndReopeningItSaysActive(EjabberdServer server) {
        pair = new TwoAccounts(server);
        talk();

        driver.close(pair.bobAlice);
        driver.waitForPeerState(pair.aliceBob, Messages.peerState(ChatState.GONE, pair.bobUser.user()));
        assertEquals(Map.of(pair.bob.boundJid(), ChatState.GONE), ChatDriver.chat().chatStates(pair.aliceBob),
                "what reached alice's account from the server");
        ui.screenshot("chat-gone");

        driver.open(pair.bobAlice, Optional.empty()); // focused: bob is back
        driver.waitForPeerState(pair.aliceBob, "");
        Waiting.eventually("alice's account told bob is active", () -> ChatDriver.chat().chatStates(pair.aliceBob)
                .equals(Map.of(pair.bob.boundJid(), ChatState.ACTIVE)));
    }

    @Test
    void leavingTheEditorSaysInactiveAfterAWhileAndComingBackSaysActive(EjabberdServer server) {
        pair = new TwoAccounts(server);
        talk(); // alice's editor is active: bob's was left

        driver.waitForPeerState(pair.aliceBob, Messages.peerState(ChatState.INACTIVE, pair.bobUser.user()),
                INACTIVE_WAIT);
        assertEquals(Map.of(pair.bob.boundJid(), ChatState.INACTIVE), ChatDriver.chat().chatStates(pair.aliceBob));
        ui.screenshot("chat-inactive");

        driver.activate(pair.bobAlice); // the user clicks bob's tab
        driver.waitForPeerState(pair.aliceBob, "");
        assertEquals(Map.of(pair.bob.boundJid(), ChatState.ACTIVE), ChatDriver.chat().chatStates(pair.aliceBob));
    }
}
