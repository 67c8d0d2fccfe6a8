package org.causerie.muc.internal;

import java.util.List;

import org.causerie.muc.Bookmark;
import org.causerie.muc.RoomId;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;

/** Where an account's bookmarks live on its server. Blocking: run on the executor. */
interface BookmarkStore {

    /** The PEP node (XEP-0402 §4) and the feature telling the server keeps both kinds in step (§6). */
    String NODE = "urn:xmpp:bookmarks:1";
    String COMPAT = "urn:xmpp:bookmarks:1#compat";
    /**
     * XEP-0411 (ejabberd 23.01 announces {@code urn:xmpp:bookmarks-conversion:0}): the
     * server mirrors private storage into the PEP node {@value}, whose notifications
     * tell a client that another one changed the bookmarks.
     */
    String LEGACY_NODE = "storage:bookmarks";

    List<Bookmark> load() throws SmackException, XMPPException, InterruptedException;

    void save(Bookmark bookmark) throws SmackException, XMPPException, InterruptedException;

    void remove(RoomId room) throws SmackException, XMPPException, InterruptedException;

    /**
     * XEP-0402 §6: a server that announces {@value #COMPAT} on the account's bare JID
     * stores bookmarks in PEP (and mirrors XEP-0048's private storage); without it,
     * private XML storage (XEP-0048 via XEP-0049) is the one every client reads.
     *
     * @param accountFeatures the features the account's bare JID announces
     * @return whether to use XEP-0402
     */
    static boolean usePep(java.util.Set<String> accountFeatures) {
        return accountFeatures.contains(COMPAT);
    }
}
