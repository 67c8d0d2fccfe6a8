package org.causerie.bench;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.filter.MessageWithBodiesFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jxmpp.jid.EntityFullJid;

/** The connection benchmark's raw Smack side ({@link RawConnections}). */
final class RawSmackClient implements Client {

    private final EjabberdServer server;
    private final TestAccount a;
    private final TestAccount b;
    private final TestAccount connectUser;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private XMPPTCPConnection connectionA;
    private XMPPTCPConnection connectionB;
    private EntityFullJid fullB;

    RawSmackClient(EjabberdServer server, TestAccount a, TestAccount b, TestAccount c) {
        this.server = server;
        this.a = a;
        this.b = b;
        this.connectUser = c;
    }

    @Override
    public String name() {
        return "raw smack";
    }

    private XMPPTCPConnection connection(TestAccount user, String resource) throws Exception {
        return RawConnections.create(server, user, resource);
    }

    @Override
    public long connectOnce() throws Exception {
        long start = System.nanoTime();
        XMPPTCPConnection connection = connection(connectUser, "bench-connect");
        connection.connect().login();
        long elapsed = System.nanoTime() - start;
        connection.disconnect();
        return elapsed;
    }

    @Override
    public void openPair() throws Exception {
        connectionB = connection(b, "bench-b");
        connectionB.connect().login();
        XMPPTCPConnection echo = connectionB;
        echo.addSyncStanzaListener(stanza -> {
            Message message = (Message) stanza;
            try {
                echo.sendStanza(echo.getStanzaFactory().buildMessageStanza().to(message.getFrom())
                        .ofType(Message.Type.chat).setBody(message.getBody()).build());
            } catch (SmackException.NotConnectedException e) {
                throw new IllegalStateException(e);
            }
        }, MessageWithBodiesFilter.INSTANCE);
        connectionA = connection(a, "bench-a");
        connectionA.addSyncStanzaListener(stanza -> replies.add(((Message) stanza).getBody()),
                MessageWithBodiesFilter.INSTANCE);
        connectionA.connect().login();
        fullB = connectionB.getUser();
    }

    @Override
    public long roundTrip(String body) throws Exception {
        long start = System.nanoTime();
        connectionA.sendStanza(connectionA.getStanzaFactory().buildMessageStanza().to(fullB)
                .ofType(Message.Type.chat).setBody(body).build());
        String reply = replies.poll(10, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        if (!body.equals(reply)) {
            throw new IllegalStateException("echo lost or out of order: sent " + body + ", got " + reply);
        }
        return elapsed;
    }

    @Override
    public void closePair() {
        connectionA.disconnect();
        connectionB.disconnect();
    }
}
