package org.causerie.core.internal;

import org.jivesoftware.smack.SmackException.NotConnectedException;
import org.jivesoftware.smack.packet.ErrorIQ;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.IqData;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;

/**
 * Smack's TCP connection, except that an error answer to an IQ request never
 * copies the request's payload (RFC 6120 §8.3.1 makes the copy optional).
 * <p>
 * Smack 4.4.8 answers a request no handler takes with a copy of its payload, and
 * when no provider knows the payload's namespace (an {@code UnparsedIQ}) the copy is
 * not well-formed XML: the start tag is left open and the content escaped. The
 * server then ends the stream, so anyone who can reach a session's full JID could
 * end it with an IQ in an unknown namespace, and a plugin's IQ would end the
 * sessions of clients where that plugin was removed.
 */
final class TcpConnection extends XMPPTCPConnection {

    TcpConnection(XMPPTCPConnectionConfiguration configuration) {
        super(configuration);
    }

    @Override
    protected void sendStanzaInternal(Stanza stanza) throws NotConnectedException, InterruptedException {
        super.sendStanzaInternal(stanza instanceof ErrorIQ error ? withoutPayload(error) : stanza);
    }

    /** @return the same error, to the same entity with the same id, without the request's payload */
    static ErrorIQ withoutPayload(ErrorIQ error) {
        IqData data = StanzaBuilder.buildIqData(error.getStanzaId()).ofType(IQ.Type.error).to(error.getTo())
                .from(error.getFrom());
        return ErrorIQ.builder(error.getError(), data).build();
    }
}
