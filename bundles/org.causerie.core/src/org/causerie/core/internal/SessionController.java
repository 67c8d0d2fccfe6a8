package org.causerie.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.causerie.core.Account;
import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionException;
import org.causerie.core.ConnectionState;
import org.causerie.core.ConnectionStatus;
import org.causerie.core.OwnPresence;
import org.causerie.core.XmppSession;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/**
 * One account's connection life: connect, publish the session, reconnect with
 * back-off after the link drops (resuming the stream, XEP-0198, where the server
 * still holds it), disconnect. All state changes run under this object's lock;
 * network work runs on the shared executor, never on the caller's thread.
 */
final class SessionController {

    private static final Logger LOG = System.getLogger(SessionController.class.getName());

    /** Receives the controller's events; implemented by the account service. */
    interface Host {
        void statusChanged(ConnectionStatus status);

        void publish(SmackXmppSession session);

        void unpublish(SmackXmppSession session);

        void passwordChanged(Account account, char[] password);
    }

    private final Host host;
    private final ScheduledExecutorService executor;
    private final FeatureRegistry features;
    private final Backoff backoff = new Backoff();
    private volatile Account account;
    private char[] password;
    private ConnectionState state = ConnectionState.DISCONNECTED;
    private Optional<ConnectionError> lastError = Optional.empty();
    private SmackXmppSession session;
    private ScheduledFuture<?> pendingReconnect;
    private CompletableFuture<XmppSession> pendingConnect;
    private OwnPresence initialPresence;

    SessionController(Account account, char[] password, Host host, ScheduledExecutorService executor,
            FeatureRegistry features) {
        this.account = account;
        this.password = password.clone();
        this.host = host;
        this.executor = executor;
        this.features = features;
    }

    Account account() {
        return account;
    }

    synchronized void update(Account changed, char[] newPassword) {
        this.account = changed;
        if (newPassword != null) {
            Arrays.fill(password, '\0');
            password = newPassword.clone();
        }
    }

    synchronized ConnectionState state() {
        return state;
    }

    synchronized ConnectionStatus status() {
        Optional<String> jid = state == ConnectionState.CONNECTED && session != null
                ? Optional.of(session.boundJid()) : Optional.empty();
        return new ConnectionStatus(account.id(), state, lastError, jid);
    }

    synchronized Optional<XmppSession> session() {
        return state == ConnectionState.CONNECTED || state == ConnectionState.RECONNECTING
                ? Optional.ofNullable(session) : Optional.empty();
    }

    synchronized CompletableFuture<XmppSession> connect(OwnPresence initialPresence) {
        if (state == ConnectionState.CONNECTING || state == ConnectionState.CONNECTED
                || state == ConnectionState.RECONNECTING) {
            ConnectionError error = ConnectionError.of(ConnectionError.Kind.ALREADY_CONNECTED,
                    account.jid() + " is already " + state.name().toLowerCase(java.util.Locale.ROOT));
            return CompletableFuture.failedFuture(new ConnectionException(error, null));
        }
        pendingConnect = new CompletableFuture<>();
        this.initialPresence = initialPresence;
        lastError = Optional.empty();
        setState(ConnectionState.CONNECTING);
        executor.execute(this::attempt);
        return pendingConnect;
    }

    synchronized CompletableFuture<Void> disconnect() {
        cancelPendingReconnect();
        SmackXmppSession closing = session;
        session = null;
        lastError = Optional.empty();
        setState(ConnectionState.DISCONNECTED);
        ConnectionException byUser = new ConnectionException(
                ConnectionError.of(ConnectionError.Kind.OTHER, "disconnected by the user"), null);
        failPendingConnect(byUser);
        if (closing == null) {
            return CompletableFuture.completedFuture(null);
        }
        retire(closing, true, byUser);
        return CompletableFuture.runAsync(() -> closing.connection().disconnect(), executor);
    }

    synchronized void forgetPassword() {
        Arrays.fill(password, '\0');
    }

    void passwordChanged(char[] newPassword) {
        synchronized (this) {
            Arrays.fill(password, '\0');
            password = newPassword.clone();
        }
        host.passwordChanged(account, newPassword);
    }

    /** One connection attempt, on the executor. */
    private void attempt() {
        boolean first = false;
        try {
            SmackBootstrap.ensureStarted();
            SmackXmppSession current;
            String secret;
            synchronized (this) {
                if (state == ConnectionState.DISCONNECTED) {
                    return;
                }
                first = state == ConnectionState.CONNECTING;
                if (session == null) {
                    session = newSession();
                    session.initialPresence(initialPresence);
                }
                current = session;
                secret = new String(password);
            }
            XMPPTCPConnection connection = current.connection();
            // Always connect: after an attempt whose link closed during stream set-up,
            // Smack 4.4 still reports a resumable connection as connected (its
            // shutdown returns early while "disconnected but resumable"), and a login
            // without a new TCP connection then fails for ever ("no SASL mechanisms").
            try {
                connection.connect();
            } catch (SmackException.AlreadyConnectedException e) {
                // a live link on which only the login is missing
            }
            // the password goes to the login, never into the connection's configuration
            connection.login(account.localpart(), secret);
            boolean resumed = connection.streamWasResumed();
            if (!authenticated(current, first)) {
                return;
            }
            // Published before the initial presence: whoever tracks sessions can
            // listen before offline messages and presence start to flow.
            if (!resumed) {
                current.streamRestarted();
                current.announce();
            }
            current.flushQueue();
            ready(current, resumed);
        } catch (Exception e) {
            failed(e, first);
        } catch (LinkageError e) {
            failed(new IllegalStateException("Smack could not start: " + e, e), first);
        }
    }

    private SmackXmppSession newSession() throws Exception {
        XMPPTCPConnection connection = SessionConnections.create(account, executor, this::dropped);
        SmackXmppSession created = new SmackXmppSession(this, connection, executor);
        features.attach(created);
        return created;
    }

    /** @return false when the user disconnected meanwhile (the new stream is closed then) */
    private synchronized boolean authenticated(SmackXmppSession current, boolean first) {
        if (state == ConnectionState.DISCONNECTED || current != session) {
            executor.execute(() -> current.connection().disconnect());
            return false;
        }
        backoff.reset();
        lastError = Optional.empty();
        setState(ConnectionState.CONNECTED);
        if (first) {
            host.publish(current);
        }
        return true;
    }

    private synchronized void ready(SmackXmppSession current, boolean resumed) {
        if (pendingConnect != null) {
            pendingConnect.complete(current);
            pendingConnect = null;
        }
        // DEBUG, not INFO: a console log line per connection costs about 1 ms here
        // (bench/run); failures and dropped links stay at INFO.
        LOG.log(Level.DEBUG, () -> account.jid() + " connected as " + current.boundJid()
                + (resumed ? " (stream resumed)" : ""));
    }

    private synchronized void failed(Exception failure, boolean first) {
        if (state == ConnectionState.DISCONNECTED) {
            return;
        }
        ConnectionError error = ErrorClassifier.classify(failure);
        lastError = Optional.of(error);
        LOG.log(Level.INFO, () -> account.jid() + ": connection attempt failed: " + error.kind() + " "
                + error.detail());
        if (first || !error.kind().isTransient()) {
            giveUp(error, failure);
        } else {
            scheduleReconnect();
        }
    }

    private void dropped(Exception cause) {
        synchronized (this) {
            if (state != ConnectionState.CONNECTED) {
                return;
            }
            ConnectionError error = ErrorClassifier.classify(cause);
            lastError = Optional.of(error);
            LOG.log(Level.INFO, () -> account.jid() + ": link dropped: " + error.kind() + " " + error.detail());
            if (error.kind().isTransient()) {
                scheduleReconnect();
            } else {
                giveUp(error, cause);
            }
        }
    }

    /** Caller holds the lock. */
    private void scheduleReconnect() {
        cancelPendingReconnect();
        setState(ConnectionState.RECONNECTING);
        long delay = backoff.next();
        pendingReconnect = executor.schedule(this::attempt, delay, TimeUnit.MILLISECONDS);
    }

    /** Caller holds the lock. */
    private void giveUp(ConnectionError error, Exception cause) {
        cancelPendingReconnect();
        SmackXmppSession closing = session;
        session = null;
        boolean published = state != ConnectionState.CONNECTING;
        setState(ConnectionState.FAILED);
        ConnectionException failure = new ConnectionException(error, cause);
        if (closing != null) {
            retire(closing, published, failure);
            executor.execute(() -> closing.connection().instantShutdown());
        }
        failPendingConnect(failure);
    }

    /** Caller holds the lock. The session's services go and its users learn why. */
    private void retire(SmackXmppSession closing, boolean published, ConnectionException why) {
        if (published) {
            host.unpublish(closing);
        }
        features.detach(closing);
        closing.closed(why);
    }

    /** Caller holds the lock. */
    private void failPendingConnect(ConnectionException why) {
        if (pendingConnect != null) {
            pendingConnect.completeExceptionally(why);
            pendingConnect = null;
        }
    }

    /** Caller holds the lock. A running attempt is not interrupted; it reports through failed(). */
    private void cancelPendingReconnect() {
        if (pendingReconnect != null) {
            pendingReconnect.cancel(false);
            pendingReconnect = null;
        }
    }

    /** Caller holds the lock. */
    private void setState(ConnectionState newState) {
        state = newState;
        host.statusChanged(status());
    }
}
