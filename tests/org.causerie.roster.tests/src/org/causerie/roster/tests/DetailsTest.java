package org.causerie.roster.tests;

import static org.causerie.roster.tests.RosterFixture.await;
import static org.causerie.roster.tests.RosterFixture.awaitContact;
import static org.causerie.roster.tests.RosterFixture.connect;
import static org.causerie.roster.tests.RosterFixture.disconnect;
import static org.causerie.roster.tests.RosterFixture.id;
import static org.causerie.roster.tests.RosterFixture.rosters;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.roster.EntityTime;
import org.causerie.roster.RosterService;
import org.causerie.roster.SoftwareVersion;
import org.causerie.roster.VCard;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.jivesoftware.smackx.vcardtemp.VCardManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contact details on request: XEP-0092, XEP-0202, XEP-0054. */
@ExtendWith(EjabberdExtension.class)
class DetailsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void versionTimeAndVCardOfAContact(EjabberdServer server) throws Exception {
        List<TestAccount> users = TestAccounts.freshAll(server, "alice", "bob");
        TestAccount alice = users.get(0);
        TestAccount bob = users.get(1);
        server.rosters().addPair(alice.user(), bob.user());
        RosterService roster = rosters();
        XmppSession a = connect(server, alice);
        XmppSession b = connect(server, bob);
        try {
            awaitContact(a, bob.jid(), c -> c.online());
            assertTrue(await(a.discoverFeatures(b.boundJid())).containsAll(Set.of("jabber:iq:version",
                    "urn:xmpp:time")), "bob advertises version and time");

            SoftwareVersion version = await(roster.softwareVersion(id(a), b.boundJid()));
            assertEquals("Causerie", version.name());
            assertTrue(!version.version().isEmpty(), version.toString());

            EntityTime time = await(roster.entityTime(id(a), b.boundJid()));
            assertTrue(Duration.between(time.utc(), Instant.now()).abs().toSeconds() < 60, time.toString());

            org.jivesoftware.smackx.vcardtemp.packet.VCard card = new org.jivesoftware.smackx.vcardtemp.packet.VCard();
            card.setField("FN", "Bob Builder");
            card.setNickName("bobby");
            card.setEmailHome("bob@example.org");
            card.setOrganization("Causerie Tests");
            card.setAvatar(PNG, "image/png");
            VCardManager.getInstanceFor(((SmackSession) b).connection()).saveVCard(card);

            VCard fetched = await(roster.vCard(id(a), bob.jid()));
            assertEquals(Optional.of("Bob Builder"), fetched.fullName());
            assertEquals(Optional.of("bobby"), fetched.nickname());
            assertEquals(List.of("bob@example.org"), fetched.emails());
            assertEquals(Optional.of("Causerie Tests"), fetched.organization());
            assertEquals("image/png", fetched.photo().orElseThrow().mimeType());
            assertArrayEquals(PNG, fetched.photo().orElseThrow().data());

            VCard none = await(roster.vCard(id(b), alice.jid()));
            assertEquals(Optional.empty(), none.fullName());
        } finally {
            disconnect(a, b);
        }
    }
}
