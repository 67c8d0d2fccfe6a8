package org.causerie.muc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.muc.Bookmark;
import org.causerie.muc.RoomId;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.jivesoftware.smack.XMPPException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Why the service uses private storage (XEP-0048) on the harness's ejabberd and
 * why it asks the server first: ejabberd 23.01 does not announce
 * {@code urn:xmpp:bookmarks:1#compat}, and publishing a XEP-0402 bookmark with the
 * options §4 requires is refused there ({@code pubsub#max_items} is not a
 * publish option it knows). A client choosing XEP-0402 on the mere presence of
 * PEP would fail to save any bookmark on this server. Reading the absent node is
 * an empty list, not an error. (The XEP-0402 elements and choice are unit-tested
 * in BookmarkElementsTest; BookmarksTest covers bookmarks end to end here, and
 * ProsodyBookmarksTest the XEP-0402 store on a server that has it.)
 */
@ExtendWith(EjabberdExtension.class)
class PepBookmarksTest {

    @Test
    void thisServerGetsPrivateStorageBecauseItRefusesXep0402Publishing(EjabberdServer server) throws Exception {
        TestAccount user = TestAccounts.fresh(server, "alice");
        XmppSession alice = Sessions.connect(server, user);
        try {
            Set<String> features = alice.discoverFeatures(user.jid()).get(30, TimeUnit.SECONDS);
            assertTrue(features.contains("http://jabber.org/protocol/pubsub#publish-options"), features::toString);
            assertFalse(BookmarkStore.usePep(features), "no #compat announced: private storage");

            PepBookmarks pep = new PepBookmarks(((SmackSession) alice).connection(), alice.account().id());
            assertEquals(List.of(), pep.load(), "no node: no bookmarks");
            Bookmark bookmark = new Bookmark(new RoomId(alice.account().id(), "lounge@conference.localhost"),
                    Optional.of("Lounge"), Optional.of("al"), Optional.empty(), true);
            XMPPException.XMPPErrorException refused = assertThrows(XMPPException.XMPPErrorException.class,
                    () -> pep.save(bookmark));
            assertTrue(String.valueOf(refused.getStanzaError().getDescriptiveText()).contains("pubsub#max_items"),
                    refused::getMessage);
            assertEquals(List.of(), pep.load(), "nothing half-saved");
        } finally {
            Sessions.disconnect(alice);
        }
    }
}
