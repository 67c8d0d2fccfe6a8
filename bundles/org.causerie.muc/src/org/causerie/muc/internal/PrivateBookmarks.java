package org.causerie.muc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causerie.muc.Bookmark;
import org.causerie.muc.RoomId;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.bookmarks.BookmarkedConference;
import org.jivesoftware.smackx.bookmarks.Bookmarks;
import org.jivesoftware.smackx.iqprivate.PrivateDataManager;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.parts.Resourcepart;

/**
 * XEP-0048 bookmarks in private XML storage (XEP-0049), for servers without
 * XEP-0402. Read fresh from the server every time (Smack's BookmarkManager keeps
 * a copy that another client's change makes stale), changed, and written back
 * whole, URLs and other rooms included.
 */
final class PrivateBookmarks implements BookmarkStore {

    static final String ELEMENT = "storage";
    static final String NAMESPACE = "storage:bookmarks";

    private final XMPPConnection connection;
    private final String accountId;

    PrivateBookmarks(XMPPConnection connection, String accountId) {
        this.connection = connection;
        this.accountId = accountId;
    }

    private Bookmarks read() throws SmackException, XMPPException, InterruptedException {
        try {
            var data = PrivateDataManager.getInstanceFor(connection).getPrivateData(ELEMENT, NAMESPACE);
            return data instanceof Bookmarks bookmarks ? bookmarks : new Bookmarks();
        } catch (XMPPException.XMPPErrorException e) {
            if (e.getStanzaError().getCondition() == org.jivesoftware.smack.packet.StanzaError.Condition.item_not_found) {
                return new Bookmarks();
            }
            throw e;
        }
    }

    @Override
    public List<Bookmark> load() throws SmackException, XMPPException, InterruptedException {
        List<Bookmark> bookmarks = new ArrayList<>();
        for (BookmarkedConference c : read().getBookmarkedConferences()) {
            PepBookmarks.room(accountId, c.getJid().toString()).ifPresent(room -> bookmarks.add(new Bookmark(room,
                    OccupantPresence.nonEmpty(c.getName()),
                    Optional.ofNullable(c.getNickname()).map(Object::toString),
                    OccupantPresence.nonEmpty(c.getPassword()), c.isAutoJoin())));
        }
        return bookmarks;
    }

    @Override
    public void save(Bookmark bookmark) throws SmackException, XMPPException, InterruptedException {
        Bookmarks stored = read();
        EntityBareJid room = Requests.bareJid(bookmark.room().room());
        remove(stored, room);
        stored.addBookmarkedConference(new Conference(bookmark.name().orElse(null), room, bookmark.autojoin(),
                bookmark.nick().map(Requests::resource).orElse(null), bookmark.password().orElse(null)));
        PrivateDataManager.getInstanceFor(connection).setPrivateData(stored);
    }

    @Override
    public void remove(RoomId room) throws SmackException, XMPPException, InterruptedException {
        Bookmarks stored = read();
        if (remove(stored, Requests.bareJid(room.room()))) {
            PrivateDataManager.getInstanceFor(connection).setPrivateData(stored);
        }
    }

    private static boolean remove(Bookmarks stored, EntityBareJid room) {
        boolean removed = false;
        for (BookmarkedConference c : List.copyOf(stored.getBookmarkedConferences())) {
            if (c.getJid().equals(room)) {
                stored.removeBookmarkedConference(c);
                removed = true;
            }
        }
        return removed;
    }

    /** Smack's conference bookmark has only protected constructors. */
    private static final class Conference extends BookmarkedConference {
        Conference(String name, EntityBareJid jid, boolean autojoin, Resourcepart nick, String password) {
            super(name, jid, autojoin, nick, password);
        }
    }
}
