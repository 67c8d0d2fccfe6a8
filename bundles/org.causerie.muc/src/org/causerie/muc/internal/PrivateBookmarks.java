package org.causerie.muc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causerie.muc.Bookmark;
import org.causerie.muc.RoomId;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.bookmarks.BookmarkManager;
import org.jivesoftware.smackx.bookmarks.BookmarkedConference;

/** XEP-0048 bookmarks in private XML storage (XEP-0049), for servers without XEP-0402. */
final class PrivateBookmarks implements BookmarkStore {

    private final XMPPConnection connection;
    private final String accountId;

    PrivateBookmarks(XMPPConnection connection, String accountId) {
        this.connection = connection;
        this.accountId = accountId;
    }

    @Override
    public List<Bookmark> load() throws SmackException, XMPPException, InterruptedException {
        List<Bookmark> bookmarks = new ArrayList<>();
        for (BookmarkedConference c : BookmarkManager.getBookmarkManager(connection).getBookmarkedConferences()) {
            PepBookmarks.room(accountId, c.getJid().toString()).ifPresent(room -> bookmarks.add(new Bookmark(room,
                    OccupantPresence.nonEmpty(c.getName()),
                    Optional.ofNullable(c.getNickname()).map(Object::toString),
                    OccupantPresence.nonEmpty(c.getPassword()), c.isAutoJoin())));
        }
        return bookmarks;
    }

    @Override
    public void save(Bookmark bookmark) throws SmackException, XMPPException, InterruptedException {
        // Smack replaces a bookmark with the same JID in place.
        BookmarkManager.getBookmarkManager(connection).addBookmarkedConference(bookmark.name().orElse(""),
                Requests.bareJid(bookmark.room().room()), bookmark.autojoin(),
                bookmark.nick().map(Requests::resource).orElse(null), bookmark.password().orElse(null));
    }

    @Override
    public void remove(RoomId room) throws SmackException, XMPPException, InterruptedException {
        BookmarkManager.getBookmarkManager(connection).removeBookmarkedConference(Requests.bareJid(room.room()));
    }
}
