package org.causerie.muc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.mam.MamManager;
import org.jivesoftware.smackx.mam.element.MamElements.MamResultExtension;
import org.jxmpp.jid.EntityBareJid;

/** A room's archive (XEP-0313 §4, queried at the room's JID): blocking, run on the executor. */
final class Archive {

    private Archive() {
    }

    /**
     * @param before the archive id of the oldest message we hold: the page just before it
     *        (XEP-0059 §2.5); empty for the last page
     * @return up to {@code max} messages, oldest first
     */
    static List<RoomMessage> page(XMPPConnection connection, RoomId id, EntityBareJid room, Optional<String> before,
            int max, String ourNick) throws SmackException, XMPPException, InterruptedException {
        MamManager mam = MamManager.getInstanceFor(connection, room);
        MamManager.MamQueryArgs.Builder args = MamManager.MamQueryArgs.builder().setResultPageSizeTo(max);
        if (before.isPresent()) {
            args.beforeUid(before.get());
        } else {
            args.queryLastPage();
        }
        MamManager.MamQuery query = mam.queryArchive(args.build());
        List<RoomMessage> messages = new ArrayList<>();
        for (MamResultExtension result : query.getMamResultExtensions()) {
            Message message = result.getForwarded().getForwardedStanza();
            if (message.getBody() == null || message.getType() != Message.Type.groupchat) {
                continue;
            }
            Optional<java.time.Instant> stamp = Optional.ofNullable(result.getForwarded().getDelayInformation())
                    .map(d -> d.getStamp().toInstant());
            String nick = message.getFrom() == null ? "" : message.getFrom().getResourceOrEmpty().toString();
            messages.add(RoomMessages.read(id, message, RoomMessage.Source.ARCHIVE, Optional.empty(),
                    nick.equals(ourNick), Optional.ofNullable(result.getId()), stamp));
        }
        return messages;
    }
}
