package org.causerie.whiteboard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.causerie.core.spi.SmackSession;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.mam.MamManager;
import org.jivesoftware.smackx.mam.element.MamElements.MamResultExtension;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * A room's archive read with Smack's {@link MamManager} (XEP-0313 on the room's JID,
 * XEP-0059 paging forward from an id), on the store executor. Reads at most
 * {@link #MAX_MESSAGES} archived messages a join, in pages of {@link #PAGE}.
 */
final class MamArchive implements Archive {

    /** Results asked for per page (ejabberd answers up to 250 a page). */
    static final int PAGE = 100;
    /** Archived messages read at most for one join; the rest is not recovered. */
    static final int MAX_MESSAGES = 10_000;

    private final SmackSession session;
    private final String room;
    private final Executor io;

    MamArchive(SmackSession session, String room, Executor io) {
        this.session = session;
        this.room = room;
        this.io = io;
    }

    @Override
    public CompletableFuture<Read> after(Optional<String> after) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return read(after);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, io);
    }

    private Read read(Optional<String> after) throws Exception {
        EntityBareJid roomJid = JidCreate.entityBareFrom(room);
        MamManager mam = MamManager.getInstanceFor(session.connection(), roomJid);
        if (!mam.isSupported()) {
            throw new IllegalStateException("the room keeps no archive (no " + "urn:xmpp:mam:2" + " feature)");
        }
        MamManager.MamQueryArgs.Builder args = MamManager.MamQueryArgs.builder().setResultPageSizeTo(PAGE);
        after.ifPresent(args::afterUid);
        MamManager.MamQuery query = mam.queryArchive(args.build());
        List<Entry> entries = new ArrayList<>();
        int scanned = 0;
        while (true) {
            List<MamResultExtension> page = query.getMamResultExtensions();
            for (MamResultExtension result : page) {
                scanned++;
                entry(roomJid, result).ifPresent(entries::add);
            }
            if (query.isComplete() || page.isEmpty()) {
                return new Read(entries, scanned, true);
            }
            if (scanned >= MAX_MESSAGES) {
                return new Read(entries, scanned, false);
            }
            query.pageNext(PAGE);
        }
    }

    private static Optional<Entry> entry(EntityBareJid room, MamResultExtension result) {
        Message message = result.getForwarded().getForwardedStanza();
        Jid from = message.getFrom();
        if (from == null || !from.asBareJid().equals(room) || from.getResourceOrNull() == null
                || message.getType() != Message.Type.groupchat) {
            return Optional.empty();
        }
        return SxeElement.from(message).map(e -> new Entry(result.getId(), from.getResourceOrEmpty().toString(), e));
    }
}
