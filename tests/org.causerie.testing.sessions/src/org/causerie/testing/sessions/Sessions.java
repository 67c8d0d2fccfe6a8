package org.causerie.testing.sessions;

import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.XmppSession;
import org.causerie.testing.TestServer;
import org.causerie.testing.TestAccount;

/**
 * Sessions of harness accounts through the real {@link AccountService}: each
 * with its own account id and resource, trusting the harness's certificate.
 */
public final class Sessions {

    private static final AtomicInteger RESOURCES = new AtomicInteger();

    private Sessions() {
    }

    public static AccountService accounts() {
        return Services.get(AccountService.class);
    }

    /** @return settings for a new session of the user (unique resource, pinned certificate) */
    public static Account.Builder account(TestServer server, TestAccount user) {
        return Account.builder(user.jid()).host(server.host()).port(server.c2sPort())
                .resource("test-" + RESOURCES.incrementAndGet())
                .pinnedCertificate(server.certificateSha256());
    }

    public static XmppSession connect(TestServer server, TestAccount user) {
        return connect(account(server, user).build(), user.password());
    }

    /**
     * Connects, then waits until the server has handled the initial presence: a
     * request sent after it is answered (RFC 6120 §10.1). Until then the server
     * may store a message to the bare JID offline (no available resource yet)
     * instead of delivering it, which would make tests flaky.
     */
    public static XmppSession connect(Account account, String password) {
        XmppSession session = Waiting.await(accounts().connect(account, password.toCharArray()));
        Waiting.await(session.discoverFeatures(account.domain()));
        return session;
    }

    public static void disconnect(XmppSession... sessions) {
        for (XmppSession session : sessions) {
            Waiting.await(accounts().disconnect(session.account().id()));
        }
    }
}
