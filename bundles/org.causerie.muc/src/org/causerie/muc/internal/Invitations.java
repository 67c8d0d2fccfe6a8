package org.causerie.muc.internal;

import java.time.Instant;
import java.util.Optional;

import org.causerie.muc.Invitation;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jivesoftware.smackx.pubsub.EventElement;

/** Messages about rooms that are not from a joined room: invitations and bookmark notifications. */
final class Invitations {

    private Invitations() {
    }

    /**
     * §7.8.2: the room tells the inviter that an invitee declined.
     *
     * @return the event for the room's conversation, if the message is a decline
     */
    static Optional<RoomEvent> declined(Message message, String accountId) {
        MUCUser user = MUCUser.from(message);
        if (user == null || user.getDecline() == null || message.getFrom() == null
                || message.getType() == Message.Type.error) {
            return Optional.empty();
        }
        RoomId room = new RoomId(accountId, message.getFrom().asBareJid().toString());
        MUCUser.Decline decline = user.getDecline();
        String who = decline.getFrom() == null ? "" : decline.getFrom().asBareJid().toString();
        return Optional.of(new RoomEvent(room, RoomEvent.Kind.INVITATION_DECLINED, who, Optional.empty(),
                OccupantPresence.nonEmpty(decline.getReason()), Optional.empty(), Instant.now()));
    }

    /**
     * §7.8.2 mediated and XEP-0249 direct invitations; XEP-0402 §5 bookmark notifications.
     *
     * @param changed told of a bookmark notification (the account's bookmarks changed)
     * @return whether the message was one of those (and is handled)
     */
    static boolean handled(Message message, String accountId, XMPPConnection connection, Notifier notifier,
            Runnable changed) {
        MUCUser user = MUCUser.from(message);
        if (user != null && user.getInvite() != null && message.getFrom() != null) {
            RoomId room = new RoomId(accountId, message.getFrom().asBareJid().toString());
            String from = user.getInvite().getFrom() == null ? "" : user.getInvite().getFrom().toString();
            Invitation invitation = new Invitation(room, from, OccupantPresence.nonEmpty(user.getInvite().getReason()),
                    OccupantPresence.nonEmpty(user.getPassword()), false);
            notifier.post(l -> l.invitationReceived(invitation));
            return true;
        }
        if (message.getExtension(DirectInvitation.QNAME) instanceof DirectInvitation direct
                && message.getFrom() != null && message.getType() != Message.Type.error) {
            PepBookmarks.room(accountId, direct.room()).ifPresent(room -> {
                Invitation invitation = new Invitation(room, message.getFrom().toString(), direct.reason(),
                        direct.password(), true);
                notifier.post(l -> l.invitationReceived(invitation));
            });
            return true;
        }
        EventElement event = EventElement.from(message);
        if (event != null && event.getEvent() != null && (BookmarkStore.NODE.equals(event.getEvent().getNode())
                || BookmarkStore.LEGACY_NODE.equals(event.getEvent().getNode()))
                && connection.getUser() != null && message.getFrom() != null
                && message.getFrom().equals(connection.getUser().asBareJid())) {
            changed.run();
            notifier.post(l -> l.bookmarksChanged(accountId));
            return true;
        }
        return false;
    }
}
