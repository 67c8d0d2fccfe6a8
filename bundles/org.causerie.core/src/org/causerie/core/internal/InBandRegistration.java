package org.causerie.core.internal;

import java.util.concurrent.CompletionException;

import org.causerie.core.Account;
import org.causerie.core.ConnectionException;
import org.causerie.core.RegistrationException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.iqregister.AccountManager;
import org.jxmpp.jid.parts.Localpart;

/**
 * Creates an account with XEP-0077 in-band registration: connect (with the
 * account's TLS policy and certificate pin), register before authenticating,
 * disconnect.
 */
final class InBandRegistration {

    private InBandRegistration() {
    }

    static void register(Account account, char[] password) {
        SmackBootstrap.ensureStarted();
        XMPPTCPConnection connection;
        try {
            PinningTrustManager trust = new PinningTrustManager(account.pinnedCertificate());
            connection = new XMPPTCPConnection(ConnectionConfigurations.of(account,
                    EndpointResolver.resolve(account), trust));
            connection.connect();
        } catch (Exception e) {
            throw new CompletionException(new ConnectionException(ErrorClassifier.classify(e), e));
        }
        try {
            AccountManager manager = AccountManager.getInstance(connection);
            if (!manager.supportsAccountCreation()) {
                throw new RegistrationException("feature-not-implemented",
                        account.domain() + " does not allow in-band registration");
            }
            manager.createAccount(Localpart.from(account.localpart()), new String(password));
        } catch (XMPPException.XMPPErrorException e) {
            throw new CompletionException(new RegistrationException(e.getStanzaError().getCondition().toString(),
                    e.getStanzaError().getDescriptiveText()));
        } catch (RegistrationException e) {
            throw new CompletionException(e);
        } catch (Exception e) {
            throw new CompletionException(new ConnectionException(ErrorClassifier.classify(e), e));
        } finally {
            connection.disconnect();
            java.util.Arrays.fill(password, '\0');
        }
    }
}
