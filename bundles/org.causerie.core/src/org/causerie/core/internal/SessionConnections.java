package org.causerie.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import org.causerie.core.Account;
import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.iqversion.packet.Version;
import org.jivesoftware.smackx.receipts.DeliveryReceipt;

/**
 * Builds the Smack connection of one account's session the way Causerie runs it:
 * endpoint resolved, certificate pinning, stream management with resumption,
 * acknowledgement requests and the send window installed, and the disco features
 * that only follow bundles removed.
 */
final class SessionConnections {

    private static final Logger LOG = System.getLogger(SessionConnections.class.getName());

    /** How long the server should keep our stream for resumption, in seconds. */
    static final int RESUMPTION_SECONDS = 120;

    private SessionConnections() {
    }

    /**
     * @param closedOnError told when the link closes on error
     * @return a new, unconnected connection
     * @throws Exception when the account's server cannot be resolved or TLS cannot be set up
     */
    static XMPPTCPConnection create(Account account, ScheduledExecutorService executor,
            Consumer<Exception> closedOnError) throws Exception {
        Endpoint endpoint = EndpointResolver.resolve(account);
        PinningTrustManager trust = new PinningTrustManager(account.pinnedCertificate());
        XMPPTCPConnection connection = new TcpConnection(ConnectionConfigurations.of(account, endpoint, trust));
        connection.setUseStreamManagement(true);
        connection.setUseStreamManagementResumption(true);
        connection.setPreferredResumptionTime(RESUMPTION_SECONDS);
        new AckRequests(connection, executor).install();
        new SendWindow(connection).install();
        connection.addConnectionListener(new ConnectionListener() {
            @Override
            public void connectionClosedOnError(Exception e) {
                closedOnError.accept(e);
            }

            @Override
            public void authenticated(XMPPConnection c, boolean resumed) {
                LOG.log(Level.DEBUG, () -> account.jid() + " authenticated, resumed=" + resumed + ", "
                        + PinningHostnameVerifier.negotiated(connection).map(Object::toString).orElse("not encrypted"));
            }
        });
        // Smack's managers advertise XEP-0092 and XEP-0184 on every connection; the bundles
        // that answer them add the features back through their XepContribution (SmackBootstrap).
        ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(connection);
        disco.removeFeature(Version.NAMESPACE);
        disco.removeFeature(DeliveryReceipt.NAMESPACE);
        return connection;
    }
}
