package org.causerie.chat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ConversationId;
import org.causerie.chat.ChatState;
import org.causerie.chat.ui.internal.Messages;
import org.causerie.chat.ui.internal.WidgetIds;
import org.causerie.testing.EjabberdExtension;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Chat editors of the real workbench against the harness's ejabberd: alice and bob,
 * two accounts connected in one workbench, talk through their editors.
 */
@ExtendWith(EjabberdExtension.class)
class ChatEditorTest extends EditorTestBase {

    @Test
    void roundTripThroughTheEditors(EjabberdServer server) {
        pair = new TwoAccounts(server);
        driver.open(pair.aliceBob, Optional.empty());
        assertTrue(driver.label(pair.aliceBob, WidgetIds.ACCOUNT).contains(pair.aliceUser.jid()),
                "alice's account is shown");
        driver.send(pair.aliceBob, "Hello bob, see https://example.org/causerie :)");

        // bob has no editor: one opens behind the current one and a notification tells
        Shell popup = driver.notification("Hello bob");
        driver.waitForPart(pair.bobAlice);
        assertTrue(ui.read(() -> driver.onTop(pair.aliceBob)), "alice's editor keeps the front");
        assertFalse(ui.read(() -> driver.onTop(pair.bobAlice)), "bob's editor opened in the background");
        assertTrue(driver.tabLabel(pair.bobAlice).startsWith("(1) "), driver.tabLabel(pair.bobAlice));
        ui.screenshot("chat-notification");

        // bob's client answered with a receipt (XEP-0184)
        driver.waitForTranscript(pair.aliceBob, "the delivered state", t -> t.contains(Messages.state_DELIVERED));

        driver.click(popup, "Hello bob");
        ui.waitFor("bob's editor in front", () -> Optional.of(driver.onTop(pair.bobAlice)).filter(b -> b));
        driver.waitForTranscript(pair.bobAlice, "alice's message", t -> t.contains("Hello bob, see https://example.org"));
        assertTrue(driver.label(pair.bobAlice, WidgetIds.ACCOUNT).contains(pair.bobUser.jid()), "bob's account");
        driver.send(pair.bobAlice, "Hi alice!");

        driver.waitForTranscript(pair.aliceBob, "bob's answer", t -> t.contains("Hi alice!"));
        Waiting.eventually("bob's conversation read once shown",
                () -> ChatDriver.chat().unreadCount(pair.bobAlice) == 0);
        assertEquals(pair.aliceUser.user(), driver.tabLabel(pair.bobAlice), "no unread count once read");
        ui.screenshot("chat-round-trip");
    }

    @Test
    void typingIsShownAndTheLastMessageCorrected(EjabberdServer server) {
        pair = new TwoAccounts(server);
        driver.open(pair.bobAlice, Optional.empty());
        driver.open(pair.aliceBob, Optional.empty());
        driver.send(pair.aliceBob, "teh first message");
        driver.waitForTranscript(pair.bobAlice, "alice's message", t -> t.contains("teh first message"));

        // bob types: alice sees it (XEP-0085)
        Text bobInput = driver.input(pair.bobAlice);
        ui.run(() -> bobInput.setText("I am wri"));
        String typing = Messages.peerState(ChatState.COMPOSING, pair.bobUser.user());
        ui.waitFor("'" + typing + "' under alice's transcript", () -> Optional
                .of(driver.label(pair.aliceBob, WidgetIds.PEER_STATE)).filter(typing::equals));
        ui.screenshot("chat-typing");

        // alice corrects with Up in the empty input (XEP-0308)
        Text aliceInput = driver.input(pair.aliceBob);
        ui.run(() -> ChatDriver.key(aliceInput, SWT.ARROW_UP, 0));
        assertEquals("teh first message", ui.read(aliceInput::getText), "Up takes the last message back");
        assertEquals(Messages.notice_correcting, driver.label(pair.aliceBob, WidgetIds.NOTICE));
        ui.run(() -> {
            aliceInput.setText("the first message");
            ChatDriver.key(aliceInput, SWT.CR, 0);
        });
        String bobSees = driver.waitForTranscript(pair.bobAlice, "the correction",
                t -> t.contains("the first message") && t.contains(Messages.corrected));
        assertFalse(bobSees.contains("teh first"), "the corrected text replaces the old one: " + bobSees);
        driver.waitForTranscript(pair.aliceBob, "alice's own corrected message",
                t -> t.contains("the first message") && t.contains(Messages.corrected) && !t.contains("teh"));
        assertEquals("", ui.read(aliceInput::getText));
    }

    @Test
    void aMessageToAHiddenEditorIsNotifiedAndCounted(EjabberdServer server) {
        pair = new TwoAccounts(server);
        driver.open(pair.aliceBob, Optional.empty());
        driver.showAccounts();
        ChatDriver.chat().send(pair.bobAlice, "are you there?");

        Shell popup = driver.notification("are you there?");
        ui.waitFor("the unread count in the tab", () -> Optional.of(driver.tabLabel(pair.aliceBob))
                .filter(l -> l.equals("(1) " + pair.bobUser.user())));
        // the user clicks the tab (the popup's click is in roundTripThroughTheEditors)
        driver.activate(pair.aliceBob);
        ui.waitFor("alice's editor in front", () -> Optional.of(driver.onTop(pair.aliceBob)).filter(b -> b));
        ui.waitFor("the popup closed once the message is seen", () -> Optional.of(popup.isDisposed()).filter(b -> b));
        ui.waitFor("the count gone", () -> Optional.of(driver.tabLabel(pair.aliceBob))
                .filter(l -> l.equals(pair.bobUser.user())));
        assertEquals(0, ChatDriver.chat().unreadCount(pair.aliceBob));
    }

    @Test
    void theOpenerReusesTheEditorAndTargetsAResource(EjabberdServer server) {
        pair = new TwoAccounts(server);
        driver.open(pair.aliceBob, Optional.empty());
        driver.showAccounts();
        String bobResource = pair.bob.boundJid().substring(pair.bob.boundJid().indexOf('/') + 1);
        driver.open(pair.aliceBob, Optional.of(bobResource));
        assertEquals(1, ui.read(() -> driver.allParts().size()), "one editor per conversation");
        assertTrue(ui.read(() -> driver.onTop(pair.aliceBob)), "brought to the front");

        Combo combo = ui.read(() -> Ui.named(driver.editor(pair.aliceBob), Combo.class, WidgetIds.KEY, WidgetIds.RESOURCE));
        ui.waitFor("bob's resource chosen", () -> Optional.of(combo.getText()).filter(t -> t.startsWith(bobResource)));
        driver.send(pair.aliceBob, "to your resource");
        ChatMessage sent = ui.waitFor("the message in the history", () -> ChatDriver.chat().history(pair.aliceBob)
                .stream().filter(m -> m.body().equals("to your resource")).findFirst());
        assertEquals(pair.bob.boundJid(), sent.to(), "sent to the full JID chosen");
        driver.waitForTranscript(pair.bobAlice, "the message at bob's", t -> t.contains("to your resource"));
    }

    @Test
    void historyComesBackWhenTheEditorIsReopened(EjabberdServer server) {
        pair = new TwoAccounts(server);
        driver.open(pair.aliceBob, Optional.empty());
        driver.send(pair.aliceBob, "first words");
        driver.send(pair.aliceBob, "second words");
        driver.waitForTranscript(pair.aliceBob, "both messages", t -> t.contains("second words"));
        driver.closeAll();
        assertTrue(ui.read(() -> driver.part(pair.aliceBob).isEmpty()), "closed");

        driver.open(pair.aliceBob, Optional.empty());
        String text = driver.waitForTranscript(pair.aliceBob, "the history", t -> t.contains("second words"));
        assertTrue(text.indexOf("first words") < text.indexOf("second words"), text);
    }

    @Test
    void oneCanWriteToOnesOwnOtherResource(EjabberdServer server) {
        pair = new TwoAccounts(server);
        XmppSession otherAlice = Sessions.connect(server, pair.aliceUser);
        try {
            ConversationId self = ConversationId.of(pair.alice.account().id(), pair.aliceUser.jid());
            String otherResource = otherAlice.boundJid().substring(otherAlice.boundJid().indexOf('/') + 1);
            driver.open(self, Optional.empty());
            Combo combo = ui.read(() -> Ui.named(driver.editor(self), Combo.class, WidgetIds.KEY, WidgetIds.RESOURCE));
            int index = ui.waitFor("alice's other resource in the selector", () -> {
                String[] items = combo.getItems();
                for (int i = 0; i < items.length; i++) {
                    if (items[i].startsWith(otherResource)) {
                        return Optional.of(i);
                    }
                }
                return Optional.empty();
            });
            ui.run(() -> {
                combo.select(index);
                combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
            driver.send(self, "note to my other client");
            ConversationId otherSelf = ConversationId.of(otherAlice.account().id(), pair.aliceUser.jid());
            ui.waitFor("the note at the other resource", () -> ChatDriver.chat().history(otherSelf).stream()
                    .filter(m -> m.body().equals("note to my other client")
                            && m.direction() == ChatMessage.Direction.IN)
                    .findFirst());
            assertEquals(otherAlice.boundJid(), ChatDriver.chat().history(self).stream()
                    .filter(m -> m.body().equals("note to my other client")).findFirst().orElseThrow().to());
        } finally {
            driver.closeAll();
            Sessions.disconnect(otherAlice);
        }
    }
}
