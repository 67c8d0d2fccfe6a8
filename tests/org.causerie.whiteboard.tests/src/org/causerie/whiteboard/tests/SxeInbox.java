package org.causerie.whiteboard.tests;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.testing.sessions.Waiting;
import org.causerie.whiteboard.internal.sxe.SxeElement;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;

/** The {@code <sxe/>} elements a session receives, with their senders, as a hand-driven client sees them. */
final class SxeInbox implements AutoCloseable {

    /** One element received: who sent it ({@code room/nick}), whether privately, and the element. */
    record Received(String from, boolean privately, SxeElement element) {
    }

    private final XMPPConnection connection;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final StanzaListener listener = stanza -> {
        ExtensionElement e = stanza.getExtension(SxeElement.ELEMENT, SxeElement.NAMESPACE);
        if (e instanceof SxeElement sxe) {
            received.add(new Received(String.valueOf(stanza.getFrom()),
                    ((Message) stanza).getType() != Message.Type.groupchat, sxe));
        }
    };

    SxeInbox(XmppSession session) {
        connection = ((SmackSession) session).connection();
        connection.addAsyncStanzaListener(listener, StanzaTypeFilter.MESSAGE);
    }

    /** @return the elements received so far that match */
    List<Received> all(Predicate<Received> which) {
        return received.stream().filter(which).toList();
    }

    /** Waits for an element that matches; returns the first. */
    Received await(String what, Predicate<Received> which) {
        Waiting.eventually(() -> what + " (received: " + received + ")", () -> !all(which).isEmpty(),
                Duration.ofSeconds(30));
        return all(which).getFirst();
    }

    @Override
    public void close() {
        connection.removeAsyncStanzaListener(listener);
    }
}
