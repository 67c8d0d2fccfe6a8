package org.causerie.roster.tests;


import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.causerie.core.AccountService;
import org.causerie.core.XmppSession;
import org.causerie.roster.Contact;
import org.causerie.roster.RosterChange;
import org.causerie.roster.RosterListener;
import org.causerie.roster.RosterService;
import org.causerie.roster.RosterSnapshot;
import org.causerie.roster.SubscriptionRequest;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Sessions;
import org.causerie.testing.sessions.Waiting;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Shared steps of the roster integration tests (after core's CoreFixture). */
final class RosterFixture {

    static final Duration TIMEOUT = Waiting.TIMEOUT;

    private RosterFixture() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(RosterFixture.class).getBundleContext();
    }

    static <T> T service(Class<T> type) {
        return Services.get(type);
    }

    static AccountService accounts() {
        return service(AccountService.class);
    }

    static RosterService rosters() {
        return service(RosterService.class);
    }

    /** Connects a new session (own account id, own resource) of the user. */
    static XmppSession connect(EjabberdServer server, TestAccount user) {
        return connect(server, user, 0);
    }

    static XmppSession connect(EjabberdServer server, TestAccount user, int priority) {
        XmppSession session = Sessions.connect(Sessions.account(server, user).priority(priority).build(),
                user.password());
        eventually("roster of " + session.boundJid() + " loaded",
                () -> rosters().roster(id(session)).map(RosterSnapshot::loaded).orElse(false));
        return session;
    }

    static String id(XmppSession session) {
        return session.account().id();
    }

    static void disconnect(XmppSession... sessions) {
        Sessions.disconnect(sessions);
    }

    static RosterSnapshot snapshot(XmppSession session) {
        return rosters().roster(id(session)).orElseThrow(() -> new AssertionError("no roster for " + id(session)));
    }

    /** Waits until the session's roster has the contact in the expected state, and returns it. */
    static Contact awaitContact(XmppSession session, String jid, Predicate<Contact> expected) {
        eventually(() -> "contact " + jid + " of " + session.boundJid() + " as expected, now "
                + snapshot(session).contact(jid), () -> snapshot(session).contact(jid).filter(expected).isPresent());
        return snapshot(session).contact(jid).orElseThrow();
    }

    static void awaitNoContact(XmppSession session, String jid) {
        eventually(() -> jid + " gone from the roster of " + session.boundJid(),
                () -> snapshot(session).contact(jid).isEmpty());
    }

    static <T> T await(CompletableFuture<T> future) {
        return Waiting.await(future);
    }

    static void eventually(String what, BooleanSupplier condition) {
        Waiting.eventually(what, condition);
    }

    static void eventually(Supplier<String> what, BooleanSupplier condition) {
        Waiting.eventually(what, condition);
    }

    static void sleep(long millis) {
        Waiting.sleep(millis);
    }

    static final class Recorder implements RosterListener {
        final List<RosterChange> changes = new CopyOnWriteArrayList<>();
        final List<SubscriptionRequest> requests = new CopyOnWriteArrayList<>();

        @Override
        public void rosterChanged(RosterChange change) {
            changes.add(change);
        }

        @Override
        public void subscriptionRequested(SubscriptionRequest request) {
            requests.add(request);
        }

        Optional<SubscriptionRequest> request(String accountId, String from) {
            return requests.stream().filter(r -> r.accountId().equals(accountId) && r.from().equals(from))
                    .findFirst();
        }
    }
}
