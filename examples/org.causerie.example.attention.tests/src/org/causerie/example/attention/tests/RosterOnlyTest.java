package org.causerie.example.attention.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.causerie.core.Payload;
import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.example.attention.AttentionService;
import org.causerie.example.attention.internal.AttentionXep;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.jivesoftware.smack.roster.Roster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The "accept attention only from contacts in my roster" setting (the plugin's
 * preference page): while it is set, Bob ignores Alice's buzz until she is in
 * his roster; the setting is kept in the plugin's instance preferences.
 */
@ExtendWith(EjabberdExtension.class)
class RosterOnlyTest {

    @Test
    void aBuzzFromSomeoneNotInTheRosterIsIgnoredWhileTheSettingIsOn(EjabberdServer server) throws Exception {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        TestAccount bob = TestAccounts.fresh(server, "bob");
        XmppSession aliceSession = Sessions.connect(server, alice);
        XmppSession bobSession = Sessions.connect(server, bob);
        AttentionService attention = Services.get(AttentionService.class);
        AttentionXep xep = (AttentionXep) attention;
        String bobAccount = bobSession.account().id();
        int refusedBefore = xep.refused();
        attention.setRosterOnly(true);
        try {
            assertTrue(attention.rosterOnly());
            Waiting.await(attention.buzz(aliceSession.account().id(), bobSession.boundJid()));
            Waiting.eventually("bob's client refuses the buzz", () -> xep.refused() > refusedBefore);
            assertFalse(attention.received().stream().anyMatch(b -> b.accountId().equals(bobAccount)),
                    "a buzz from outside the roster is not kept");
            Payload element = new Payload("urn:xmpp:attention:0", "attention",
                    "<attention xmlns='urn:xmpp:attention:0'/>");
            assertFalse(xep.keep(bobAccount, aliceSession.boundJid(), element),
                    "nor kept in the conversation (the chat asks the plugin)");

            Roster roster = Roster.getInstanceFor(((SmackSession) bobSession).connection());
            BareJid aliceJid = JidCreate.bareFrom(alice.jid());
            roster.createItem(aliceJid, "Alice", null);
            Waiting.eventually("alice in bob's roster", () -> roster.getEntry(aliceJid) != null);
            Waiting.await(attention.buzz(aliceSession.account().id(), bobSession.boundJid()));
            assertTrue(xep.keep(bobAccount, aliceSession.boundJid(), element));
            Waiting.eventually("bob hears the buzz of a contact", () -> attention.received().stream()
                    .anyMatch(b -> b.accountId().equals(bobAccount) && b.fromBareJid().equals(alice.jid())));
        } finally {
            attention.setRosterOnly(false);
            Sessions.disconnect(aliceSession, bobSession);
        }
        assertFalse(attention.rosterOnly());
    }
}
