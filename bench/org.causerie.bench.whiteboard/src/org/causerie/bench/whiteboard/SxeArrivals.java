package org.causerie.bench.whiteboard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.packet.Message;
import org.jxmpp.jid.Jid;

/**
 * When {@code <sxe/>} groupchat messages from one nickname reach each connection
 * (Smack's reader, before the whiteboard service handles them): the network's and
 * the server's part of a stroke's latency.
 */
final class SxeArrivals {

    private static final String SXE = "urn:xmpp:sxe:0";

    private final List<XMPPConnection> connections = new ArrayList<>();
    private final ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
    private final StanzaListener listener = stanza -> arrivals.add(System.nanoTime());

    SxeArrivals(List<XmppSession> sessions, String nick) {
        StanzaFilter filter = stanza -> stanza instanceof Message m && m.getType() == Message.Type.groupchat
                && m.hasExtension("sxe", SXE) && fromNick(m.getFrom(), nick);
        for (XmppSession session : sessions) {
            XMPPConnection connection = ((SmackSession) session).connection();
            connection.addStanzaListener(listener, filter);
            connections.add(connection);
        }
    }

    private static boolean fromNick(Jid from, String nick) {
        return from != null && from.getResourceOrNull() != null && nick.equals(from.getResourceOrNull().toString());
    }

    /** @return the latencies, in ms from {@code start}, of the arrivals in [start, end) */
    List<Double> between(long start, long end) {
        return arrivals.stream().filter(t -> t >= start && t < end).map(t -> Figures.millis(start, t)).toList();
    }

    void stop() {
        connections.forEach(c -> c.removeStanzaListener(listener));
    }
}
