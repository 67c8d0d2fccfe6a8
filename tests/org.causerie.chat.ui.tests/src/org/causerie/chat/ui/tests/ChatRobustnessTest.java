package org.causerie.chat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.causerie.chat.ChatState;
import org.causerie.chat.ui.internal.Messages;
import org.causerie.chat.ui.internal.WidgetIds;
import org.causerie.ui.text.SafeText;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.workbench.Ui;
import org.causerie.ui.ChatPanelContribution;
import org.causerie.ui.ConversationRef;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.ServiceRegistration;

/**
 * What peers and plugins may throw at an open editor: a megabyte of text, hostile
 * characters, a panel contributed and withdrawn at run time.
 */
@ExtendWith(EjabberdExtension.class)
class ChatRobustnessTest extends EditorTestBase {

    @Test
    void aMegabyteMessageIsShownCutWithTheWholeOnRequest(EjabberdServer server) {
        pair = new TwoAccounts(server);
        driver.open(pair.aliceBob, Optional.empty());
        driver.send(pair.aliceBob, "Look at https://example.org/docs and xmpp:" + pair.bobUser.jid() + " :D");
        ChatDriver.chat().send(pair.bobAlice, "Thanks! <3 Here is a long paragraph that has to wrap: "
                + "lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(8) + ";)");
        ChatDriver.chat().send(pair.bobAlice, "Smileys :) :( :P :O and a link in parentheses "
                + "(https://en.wikipedia.org/wiki/XMPP).");
        driver.waitForTranscript(pair.aliceBob, "bob's messages", t -> t.contains("in parentheses"));
        Composite bobEditor = driver.editor(pair.bobAlice);
        ui.run(() -> Ui.named(bobEditor, org.eclipse.swt.widgets.Text.class, WidgetIds.KEY, WidgetIds.INPUT).setText("more"));
        String typing = Messages.peerState(ChatState.COMPOSING, pair.bobUser.user());
        driver.open(pair.aliceBob, Optional.empty());
        ui.waitFor("the typing indicator", () -> Optional.of(driver.label(pair.aliceBob, WidgetIds.PEER_STATE))
                .filter(typing::equals));
        ui.screenshot("chat-showcase");

        // 1 MB: the harness's server takes stanzas up to 1 MiB (max_stanza_size), the body and its envelope
        String big = "0123456789".repeat(100_000);
        ChatDriver.chat().send(pair.bobAlice, big);
        ChatDriver.chat().send(pair.bobAlice, "after the big one :(");
        String shown = driver.waitForTranscript(pair.aliceBob, "the cut message and the next one",
                t -> t.contains(Messages.showWhole.substring(0, 10)) && t.contains("after the big one"));
        assertTrue(shown.length() < 3 * SafeText.MAX_CHARS, "the transcript holds a bounded part: " + shown.length());
        ui.screenshot("chat-long-message");

        driver.clickText(pair.aliceBob, Messages.showWhole.substring(0, 10));
        Shell whole = driver.shellNamed(WidgetIds.WHOLE_MESSAGE);
        int length = ui.read(() -> Ui.all(whole, StyledText.class, t -> true).get(0).getText().replace("\n", "")
                .length());
        assertEquals(big.length(), length, "the window holds the whole text");
        ui.screenshot("chat-whole-message");
        ui.run(whole::close);
    }

    @Test
    void hostileTextDoesNotBreakTheLayout(EjabberdServer server) {
        pair = new TwoAccounts(server);
        driver.open(pair.aliceBob, Optional.empty());
        // what XML 1.0 can carry (C0 controls cannot: see aTextXmppCannotCarryIsRefusedAndKept)
        ChatDriver.chat().send(pair.bobAlice, "bidi: \u202Eevil.exe\u202C control: \u007F\u0090\u009B[31m "
                + "zalgo: Z" + "\u0301\u0316\u0327".repeat(200) + " end");
        ChatDriver.chat().send(pair.bobAlice, "word: " + "W".repeat(20_000));
        ChatDriver.chat().send(pair.bobAlice, "lines:" + "\n.".repeat(500));
        ChatDriver.chat().send(pair.bobAlice, "still fine");
        String shown = driver.waitForTranscript(pair.aliceBob, "every message", t -> t.contains("still fine"));
        assertFalse(shown.contains("\u202E") || shown.contains("\u009B") || shown.contains("\u007F"), shown);
        assertTrue(shown.contains("evil.exe"), "the text itself is kept");
        StyledText transcript = driver.transcript(pair.aliceBob);
        ui.run(() -> transcript.setTopIndex(0));
        ui.screenshot("chat-hostile");
    }

    @Test
    void aTextXmppCannotCarryIsRefusedAndKept(EjabberdServer server) {
        pair = new TwoAccounts(server);
        driver.open(pair.aliceBob, Optional.empty());
        String typed = "escape \u001B[31m and bell \u0007"; // (a GTK text field cannot hold U+0000)
        driver.send(pair.aliceBob, typed);
        ui.waitFor("the refusal", () -> Optional.of(driver.label(pair.aliceBob, WidgetIds.NOTICE))
                .filter(n -> n.equals(NLS.bind(Messages.notice_notSent, Messages.notice_invalidCharacters))));
        assertEquals(typed, ui.read(driver.input(pair.aliceBob)::getText), "the text is kept");
        assertTrue(ChatDriver.chat().history(pair.aliceBob).isEmpty(), "nothing was sent");
        driver.send(pair.aliceBob, "plain text goes");
        driver.waitForTranscript(pair.bobAlice, "the next message at bob's", t -> t.contains("plain text goes"));
    }

    @Test
    void aPanelContributedAtRunTimeAppearsAndGoes(EjabberdServer server) {
        pair = new TwoAccounts(server);
        driver.open(pair.aliceBob, Optional.empty());
        Composite editor = driver.editor(pair.aliceBob);
        ServiceRegistration<ChatPanelContribution> registration = Services.context()
                .registerService(ChatPanelContribution.class, new ChatPanelContribution() {
                    @Override
                    public String id() {
                        return "test.panel";
                    }

                    @Override
                    public String label() {
                        return "Test panel";
                    }

                    @Override
                    public void createPanel(Composite parent, ConversationRef conversation) {
                        new Label(parent, SWT.WRAP).setText("Panel for " + conversation.peerBareJid());
                    }
                }, null);
        try {
            ui.waitFor("the panel in the open editor", () -> Ui.all(editor, Group.class,
                    g -> g.getText().equals("Test panel") && g.isVisible()).stream().findFirst());
            assertEquals(1, ui.read(() -> Ui.all(editor, Label.class,
                    l -> l.getText().equals("Panel for " + pair.bobUser.jid())).size()));
            ui.screenshot("chat-panel");
        } finally {
            registration.unregister();
        }
        ui.waitFor("the panel gone", () -> Optional.of(Ui.all(editor, Group.class,
                g -> g.getText().equals("Test panel")).isEmpty()).filter(gone -> gone));
    }

    @Test
    void emoticonsCanBeShownAsText(EjabberdServer server) {
        pair = new TwoAccounts(server);
        driver.open(pair.aliceBob, Optional.empty());
        ChatDriver.chat().send(pair.bobAlice, "smile :) wink ;)");
        driver.waitForTranscript(pair.aliceBob, "the smileys", t -> t.contains("wink ;)"));
        StyledText transcript = driver.transcript(pair.aliceBob);
        assertEquals(2, ui.read(() -> pictures(transcript)), "two pictures");
        MenuItem toggle = ui.read(() -> java.util.Arrays.stream(transcript.getMenu().getItems())
                .filter(i -> i.getText().equals(Messages.menu_emoticonPictures)).findFirst().orElseThrow());
        try {
            click(toggle, false);
            ui.waitFor("the smileys as text", () -> Optional.of(pictures(transcript)).filter(n -> n == 0));
            assertTrue(ui.read(transcript::getText).contains("smile :) wink ;)"));
        } finally {
            click(toggle, true);
        }
        ui.waitFor("the pictures back", () -> Optional.of(pictures(transcript)).filter(n -> n == 2));
    }

    private static long pictures(StyledText transcript) {
        return java.util.Arrays.stream(transcript.getStyleRanges())
                .filter(r -> r.metrics != null && r.metrics.width > 0).count();
    }

    private static void click(MenuItem item, boolean selected) {
        ui.run(() -> {
            item.setSelection(selected);
            item.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
    }
}
