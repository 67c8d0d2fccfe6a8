package org.causerie.core.tests;

import static org.causerie.core.tests.CoreFixture.accounts;
import static org.causerie.core.tests.CoreFixture.await;
import static org.causerie.core.tests.CoreFixture.connect;
import static org.causerie.core.tests.CoreFixture.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.core.XepContribution;
import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackProviderContribution;
import org.causerie.core.spi.SmackSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccounts;
import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException.XMPPErrorException;
import org.jivesoftware.smack.iqrequest.AbstractIqRequestHandler;
import org.jivesoftware.smack.iqrequest.IQRequestHandler;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.SimpleIQ;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.ping.PingManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.impl.JidCreate;
import org.osgi.framework.ServiceRegistration;

/**
 * An IQ request handler of a {@link SmackProviderContribution} answers on a
 * live session while the contribution is registered, and no longer once it is
 * unregistered.
 */
@ExtendWith(EjabberdExtension.class)
class ProviderContributionTest {

    private static final String ELEMENT = "ping-plugin";
    private static final String NS = "urn:causerie:test:iq-handler:0";

    /** A contribution with one IQ request handler, counting the requests it answered. */
    private static final class Answering implements XepContribution, SmackProviderContribution {
        final AtomicInteger answered = new AtomicInteger();
        final IQRequestHandler handler = new AbstractIqRequestHandler(ELEMENT, NS, IQ.Type.get,
                IQRequestHandler.Mode.sync) {
            @Override
            public IQ handleIQRequest(IQ request) {
                answered.incrementAndGet();
                return IQ.createResultIQ(request);
            }
        };

        @Override
        public Set<String> xeps() {
            return Set.of("XEP-TEST");
        }

        @Override
        public Set<String> discoFeatures() {
            return Set.of(NS);
        }

        @Override
        public List<IQRequestHandler> iqRequestHandlers() {
            return List.of(handler);
        }
    }

    private static final class Request extends SimpleIQ {
        Request() {
            super(ELEMENT, NS);
            setType(IQ.Type.get);
        }
    }

    @Test
    void theHandlerAnswersExactlyWhileRegistered(EjabberdServer server) throws Exception {
        XmppSession alice = connect(server, TestAccounts.fresh(server, "alice"));
        XmppSession bob = connect(server, TestAccounts.fresh(server, "bob"));
        XMPPConnection aliceConnection = ((SmackSession) alice).connection();
        XMPPConnection bobConnection = ((SmackSession) bob).connection();
        Answering contribution = new Answering();
        try {
            assertNull(registeredHandler(aliceConnection), "no handler before");

            ServiceRegistration<XepContribution> registration = context().registerService(XepContribution.class,
                    contribution, null);
            try {
                assertSame(contribution.handler, registeredHandler(aliceConnection));
                IQ answer = bobConnection.sendIqRequestAndWaitForResponse(request(alice));
                assertEquals(IQ.Type.result, answer.getType());
                assertEquals(1, contribution.answered.get());
            } finally {
                registration.unregister();
            }
            assertNull(registeredHandler(aliceConnection), "the handler is gone with the contribution");
            // Asked again, nobody handles it and no provider knows its payload: alice's client answers
            // with an error and keeps its stream (Smack 4.4.8 alone copies the unparsed payload as XML
            // that is not well-formed and the server closes the stream; core's TcpConnection).
            AtomicInteger closed = new AtomicInteger();
            aliceConnection.addConnectionListener(new ConnectionListener() {
                @Override
                public void connectionClosed() {
                    closed.incrementAndGet();
                }

                @Override
                public void connectionClosedOnError(Exception e) {
                    closed.incrementAndGet();
                }
            });
            XMPPErrorException refused = assertThrows(XMPPErrorException.class,
                    () -> bobConnection.sendIqRequestAndWaitForResponse(request(alice)));
            // Smack's answer (the server would say service-unavailable for a session it closed).
            assertEquals(StanzaError.Condition.feature_not_implemented, refused.getStanzaError().getCondition());
            assertEquals(1, contribution.answered.get());
            assertTrue(PingManager.getInstanceFor(aliceConnection).pingMyServer(false), "alice's stream answers");
            assertTrue(aliceConnection.isAuthenticated());
            assertEquals(0, closed.get(), "alice's stream was never closed");
        } finally {
            await(accounts().disconnect(alice.account().id()));
            await(accounts().disconnect(bob.account().id()));
        }
    }

    /** @return the handler registered for the request now (found by putting a probe in its place and back) */
    private static IQRequestHandler registeredHandler(XMPPConnection connection) {
        IQRequestHandler probe = new AbstractIqRequestHandler(ELEMENT, NS, IQ.Type.get, IQRequestHandler.Mode.sync) {
            @Override
            public IQ handleIQRequest(IQ request) {
                return IQ.createResultIQ(request);
            }
        };
        IQRequestHandler previous = connection.registerIQRequestHandler(probe);
        connection.unregisterIQRequestHandler(probe);
        if (previous != null) {
            connection.registerIQRequestHandler(previous);
        }
        return previous;
    }

    private static IQ request(XmppSession to) throws Exception {
        Request request = new Request();
        request.setTo(JidCreate.from(to.boundJid()));
        return request;
    }
}
