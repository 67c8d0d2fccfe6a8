package org.causerie.plugins.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.plugins.PluginService;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.causerie.testing.workbench.Ui;
import org.causerie.ui.ConversationOpener;
import org.causerie.ui.ConversationRef;
import org.eclipse.swt.custom.StyledText;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jxmpp.jid.impl.JidCreate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message renderer contributed by a plugin installed at run time: with alice's
 * conversation with bob open, the sample plugin is installed, bob's client sends
 * an XEP-0224 attention headline (no body) through the harness's server, and the
 * open transcript shows "⚡ bob wants your attention". Uninstalling the plugin
 * lays the transcript out again without the line, and a new buzz is not shown;
 * installing it again brings the stored buzz's line back.
 */
@ExtendWith(EjabberdExtension.class)
class BuzzRendererTest extends WorkbenchTest {

    private static final String ATTENTION = "urn:xmpp:attention:0";
    private static final String WANTS = " wants your attention";


    @Test
    void aBuzzShowsAsALineInTheOpenTranscriptWhileThePluginIsInstalled(EjabberdServer server,
            @TempDir Path folder) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession aliceSession = Sessions.connect(server, alice);
        SmackSession bobSession = (SmackSession) Sessions.connect(server, bob);
        PluginService plugins = Services.get(PluginService.class);
        Path jars = Files.createDirectories(folder.resolve("attention"));
        ExampleJars.copy("org.causerie.example.attention", jars);
        ExampleJars.copy("org.causerie.example.attention.ui", jars);
        try {
            ConversationOpener opener = Services.get(ConversationOpener.class);
            ui.run(() -> opener.open(new ConversationRef(aliceSession.account().id(), bob.jid()), Optional.empty()));
            send(bobSession, alice, "before the plugin");
            ui.waitFor("alice's transcript with bob's first message", () -> transcript("before the plugin"));

            plugins.install(jars); // the editor is open already
            buzz(bobSession, alice);
            String line = "\u26a1 " + bob.jid() + WANTS;
            StyledText shown = ui.waitFor("the buzz rendered in the open transcript", () -> transcript(line));
            assertTrue(ui.read(() -> shown.getText()).contains(line));
            ui.screenshot("buzz-rendered-in-transcript");

            plugins.uninstall("org.causerie.example.attention.ui");
            ui.waitFor("the line gone with the renderer", () -> transcript("before the plugin")
                    .filter(t -> !t.getText().contains(WANTS)));
            plugins.uninstall("org.causerie.example.attention");
            // a buzz now is neither kept nor shown: the message bob sends after it shows, the buzz does not
            buzz(bobSession, alice);
            send(bobSession, alice, "after the plugin");
            StyledText after = ui.waitFor("bob's message after the buzz", () -> transcript("after the plugin"));
            assertFalse(ui.read(() -> after.getText()).contains(WANTS), ui.read(() -> after.getText()));
            ui.screenshot("buzz-renderer-uninstalled");

            plugins.install(jars);
            StyledText again = ui.waitFor("the stored buzz rendered again", () -> transcript(line));
            String text = ui.read(() -> again.getText());
            assertTrue(text.indexOf(line) < text.indexOf("after the plugin"), "in its place: " + text);
            assertTrue(text.indexOf(line) == text.lastIndexOf(line), "the buzz sent without the plugin stays out");
        } finally {
            for (var plugin : plugins.plugins()) {
                plugins.uninstall(plugin.id());
            }
            Sessions.disconnect(aliceSession, bobSession);
        }
    }

    /** Sends an XEP-0224 §3 attention request: a headline with no body, as any client sends it. */
    private static void buzz(SmackSession from, TestAccount to) throws Exception {
        Waiting.await(from.sendAcknowledged(from.connection().getStanzaFactory().buildMessageStanza()
                .to(JidCreate.from(to.jid())).ofType(Message.Type.headline)
                .addExtension(StandardExtensionElement.builder("attention", ATTENTION).build()).build()));
    }

    private static void send(SmackSession from, TestAccount to, String body) throws Exception {
        Waiting.await(from.sendAcknowledged(from.connection().getStanzaFactory().buildMessageStanza()
                .to(JidCreate.from(to.jid())).ofType(Message.Type.chat).setBody(body).build()));
    }

    /** Display thread: the visible chat transcript that contains the text. */
    private static Optional<StyledText> transcript(String containing) {
        return Ui.all(window, StyledText.class, t -> t.isVisible() && t.getText().contains(containing)).stream()
                .findFirst();
    }
}
