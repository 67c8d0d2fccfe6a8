package org.causerie.roster.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.causerie.core.Account;
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
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Shared steps of the roster integration tests (after core's CoreFixture). */
final class RosterFixture {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicInteger RESOURCES = new AtomicInteger();

    private RosterFixture() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(RosterFixture.class).getBundleContext();
    }

    static <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(TIMEOUT.toMillis());
            if (service == null) {
                throw new AssertionError("no " + type.getSimpleName() + " service within " + TIMEOUT);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
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
        Account account = Account.builder(user.jid()).host(server.host()).port(server.c2sPort())
                .resource("r" + RESOURCES.incrementAndGet()).priority(priority)
                .pinnedCertificate(server.certificateSha256()).build();
        XmppSession session = await(accounts().connect(account, user.password().toCharArray()));
        eventually("roster of " + session.boundJid() + " loaded",
                () -> rosters().roster(id(session)).map(RosterSnapshot::loaded).orElse(false));
        return session;
    }

    static String id(XmppSession session) {
        return session.account().id();
    }

    static void disconnect(XmppSession... sessions) {
        for (XmppSession session : sessions) {
            await(accounts().disconnect(id(session)));
        }
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
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("failed: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void eventually(String what, BooleanSupplier condition) {
        eventually(() -> what, condition);
    }

    static void eventually(Supplier<String> what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                assertTrue(condition.getAsBoolean(), () -> what.get() + " within " + TIMEOUT);
            }
            sleep(25);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Records every roster event; remove it with {@link RosterService#removeListener}. */
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
