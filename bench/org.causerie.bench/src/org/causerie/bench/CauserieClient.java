package org.causerie.bench;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;

/** Through Causerie's services: {@link AccountService#connect(Account, char[])} and {@link XmppSession}. */
final class CauserieClient implements Client {

    private final AccountService accounts;
    private final EjabberdServer server;
    private final TestAccount a;
    private final TestAccount b;
    private final Account connecting;
    private final TestAccount connectUser;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private Account accountA;
    private Account accountB;
    private XmppSession sessionA;
    private String fullB;

    CauserieClient(AccountService accounts, EjabberdServer server, TestAccount a, TestAccount b, TestAccount c) {
        this.accounts = accounts;
        this.server = server;
        this.a = a;
        this.b = b;
        this.connectUser = c;
        this.connecting = account(c, "bench-connect");
    }

    @Override
    public String name() {
        return "causerie";
    }

    private Account account(TestAccount user, String resource) {
        return Account.builder(user.jid()).host(server.host()).port(server.c2sPort()).resource(resource)
                .pinnedCertificate(server.certificateSha256()).build();
    }

    @Override
    public long connectOnce() throws Exception {
        long start = System.nanoTime();
        accounts.connect(connecting, connectUser.password().toCharArray()).get(30, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        accounts.disconnect(connecting.id()).get(30, TimeUnit.SECONDS);
        return elapsed;
    }

    @Override
    public void openPair() throws Exception {
        accountA = account(a, "bench-a");
        accountB = account(b, "bench-b");
        XmppSession sessionB = accounts.connect(accountB, b.password().toCharArray()).get(30, TimeUnit.SECONDS);
        sessionB.addMessageListener(m -> sessionB.sendMessage(m.from(), m.body()));
        sessionA = accounts.connect(accountA, a.password().toCharArray()).get(30, TimeUnit.SECONDS);
        sessionA.addMessageListener(m -> replies.add(m.body()));
        fullB = sessionB.boundJid();
    }

    @Override
    public long roundTrip(String body) throws Exception {
        long start = System.nanoTime();
        sessionA.sendMessage(fullB, body);
        String reply = replies.poll(10, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        if (!body.equals(reply)) {
            throw new IllegalStateException("echo lost or out of order: sent " + body + ", got " + reply);
        }
        return elapsed;
    }

    @Override
    public void closePair() throws Exception {
        accounts.disconnect(accountA.id()).get(30, TimeUnit.SECONDS);
        accounts.disconnect(accountB.id()).get(30, TimeUnit.SECONDS);
    }
}
