package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.causerie.core.spi.SmackSession;
import org.causerie.muc.Occupant;
import org.causerie.muc.RoomSnapshot;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.causerie.whiteboard.internal.sxe.SxePayload;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smackx.hints.element.StoreHint;

/**
 * The two ways a board reaches the others. In a room: records and connect as
 * groupchat to the room (XEP-0284 §7: "type='groupchat' if the host is a MUC
 * room"), offers, accept, refuse and the state as private messages to
 * {@code room/nick} (with the muc#user element of XEP-0045 §7.5, so no client
 * shows them as a chat). One-to-one: messages to the other party's full JID.
 * The stanza id is the element id, so a bounce names the element. A room's records carry
 * the XEP-0334 {@code <store/>} hint, so that a room archiving messages (XEP-0313) keeps
 * them although they have no body (docs/whiteboard.md, Persistence).
 */
final class Channels {

    private static final Logger LOG = System.getLogger(Channels.class.getName());
    static final String MUC_USER = "http://jabber.org/protocol/muc#user";

    private Channels() {
    }

    /**
     * A board in a room, as one of its occupants.
     *
     * @param store whether records go with the {@code <store/>} hint (the archive setting)
     */
    static Channel room(SmackSession session, String roomJid, Supplier<Optional<RoomSnapshot>> room, boolean store) {
        return new Channel() {
            @Override
            public String self() {
                return room.get().map(RoomSnapshot::nick).orElse("");
            }

            @Override
            public boolean orders() {
                return false;
            }

            @Override
            public void broadcast(SxeElement element) {
                MessageBuilder message = StanzaBuilder.buildMessage(element.id()).to(jid(roomJid))
                        .ofType(Message.Type.groupchat).addExtension(element);
                if (store && element.payload() instanceof SxePayload.State) {
                    message.addExtension(StoreHint.INSTANCE);
                }
                send(session, message);
            }

            @Override
            public void direct(String nick, SxeElement element) {
                send(session, StanzaBuilder.buildMessage(element.id()).to(jid(roomJid + "/" + nick))
                        .ofType(Message.Type.chat).addExtension(element)
                        .addExtension(StandardExtensionElement.builder("x", MUC_USER).build()));
            }

            @Override
            public String qualify(String sender) {
                return roomJid + "/" + sender;
            }

            @Override
            public List<String> others() {
                return room.get().map(r -> r.occupants().stream().filter(o -> !o.self()).map(Occupant::nick)
                        .toList()).orElse(List.of());
            }
        };
    }

    /** A one-to-one board: we host it ({@code orders}) or the other party does. */
    static Channel direct(SmackSession session, String peer, boolean host) {
        return new Channel() {
            @Override
            public String self() {
                return session.boundJid();
            }

            @Override
            public boolean orders() {
                return host;
            }

            @Override
            public void broadcast(SxeElement element) {
                direct(peer, element);
            }

            @Override
            public void direct(String to, SxeElement element) {
                send(session, StanzaBuilder.buildMessage(element.id()).to(jid(to)).ofType(Message.Type.normal)
                        .addExtension(element));
            }

            @Override
            public String qualify(String sender) {
                return sender;
            }

            @Override
            public List<String> others() {
                return List.of(peer);
            }
        };
    }

    private static void send(SmackSession session, MessageBuilder message) {
        session.send(message.build());
    }

    private static org.jxmpp.jid.Jid jid(String text) {
        try {
            return org.jxmpp.jid.impl.JidCreate.from(text);
        } catch (org.jxmpp.stringprep.XmppStringprepException e) {
            LOG.log(Level.WARNING, "not a JID: " + text);
            throw new IllegalArgumentException("not a JID: " + text, e);
        }
    }
}
