package org.causerie.core.internal;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.core.Account;
import org.causerie.core.AccountListener;
import org.causerie.core.AccountService;
import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionException;
import org.causerie.core.ConnectionStatus;
import org.causerie.core.OwnPresence;
import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The account service: accounts in preferences, passwords in secure storage, one
 * {@link SessionController} per account in use, and an {@link XmppSession}
 * service registered for each connected account.
 */
@Component(service = AccountService.class, immediate = true)
public final class DefaultAccountService implements AccountService, SessionController.Host {

    private static final Logger LOG = System.getLogger(DefaultAccountService.class.getName());

    /** System property: master password file of the secure storage. */
    static final String KEY_FILE_PROPERTY = "causerie.secure.keyfile";

    private final Map<String, SessionController> controllers = new ConcurrentHashMap<>();
    private final Map<SmackXmppSession, ServiceRegistration<?>> registrations = new ConcurrentHashMap<>();
    private final List<AccountListener> listeners = new CopyOnWriteArrayList<>();
    private final FeatureRegistry features;
    private final AccountPreferences preferences;
    private final PasswordStore passwords;
    private final ScheduledExecutorService executor;
    private final ExecutorService events;
    private final BundleContext context;

    @Activate
    public DefaultAccountService(BundleContext context, @Reference FeatureRegistry features,
            @Reference(target = "(type=osgi.instance.area)") Location instanceLocation)
            throws IOException, URISyntaxException {
        this.context = context;
        this.features = features;
        AtomicInteger counter = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(2, r -> daemon(r, "causerie-session-" + counter.incrementAndGet()));
        events = Executors.newSingleThreadExecutor(r -> daemon(r, "causerie-account-events"));
        preferences = new AccountPreferences(InstanceScope.INSTANCE.getNode("org.causerie.core").node("accounts"));
        Path area = Path.of(instanceLocation.getURL().toURI()).resolve(".metadata").resolve("org.causerie.core");
        passwords = PasswordStore.open(area.resolve("secure_storage"), masterKeyFile());
    }

    @Deactivate
    void deactivate() {
        controllers.values().forEach(SessionController::disconnect);
        controllers.clear();
        executor.shutdown();
        events.shutdown();
    }

    private static Path masterKeyFile() {
        String configured = System.getProperty(KEY_FILE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".config", "causerie", "master-password");
    }

    /**
     * A session thread: a daemon at the lowest priority. Smack's reader, writer and
     * listener threads are started from these and inherit it, so parsing a burst of
     * stanzas (a room's history, a roster) gives way to the display thread. The
     * launcher maps it to nice 10 ({@code -XX:ThreadPriorityPolicy=1}); without that
     * option the JVM ignores priorities on Linux.
     */
    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    }

    @Override
    public List<Account> accounts() {
        return preferences.load();
    }

    @Override
    public Optional<Account> account(String id) {
        return accounts().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public void save(Account account, char[] password) {
        preferences.save(account);
        if (password != null) {
            passwords.put(account.id(), password);
        }
        SessionController controller = controllers.get(account.id());
        if (controller != null) {
            controller.update(account, password);
        }
        fire(AccountListener::accountsChanged);
    }

    @Override
    public void remove(String id) {
        SessionController controller = controllers.remove(id);
        if (controller != null) {
            controller.disconnect();
        }
        preferences.remove(id);
        passwords.remove(id);
        fire(AccountListener::accountsChanged);
    }

    @Override
    public boolean hasPassword(String id) {
        return passwords.get(id).isPresent();
    }

    @Override
    public CompletableFuture<XmppSession> connect(String id) {
        return account(id).map(a -> connect(id, OwnPresence.available(a.priority())))
                .orElseGet(() -> CompletableFuture.failedFuture(new IllegalArgumentException("no account " + id)));
    }

    @Override
    public CompletableFuture<XmppSession> connect(String id, OwnPresence initialPresence) {
        Optional<Account> account = account(id);
        if (account.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no account " + id));
        }
        Optional<char[]> password;
        try {
            password = passwords.get(id);
        } catch (IllegalStateException unreadable) {
            return CompletableFuture.failedFuture(new ConnectionException(
                    ConnectionError.of(ConnectionError.Kind.OTHER, unreadable.getMessage()), unreadable));
        }
        if (password.isEmpty()) {
            return CompletableFuture.failedFuture(new ConnectionException(
                    ConnectionError.of(ConnectionError.Kind.WRONG_PASSWORD, "no password stored"), null));
        }
        return controller(account.get(), password.get()).connect(initialPresence);
    }

    @Override
    public CompletableFuture<XmppSession> connect(Account account, char[] password) {
        return connect(account, password, OwnPresence.available(account.priority()));
    }

    @Override
    public CompletableFuture<XmppSession> connect(Account account, char[] password, OwnPresence initialPresence) {
        return controller(account, password).connect(initialPresence);
    }

    private SessionController controller(Account account, char[] password) {
        SessionController controller = controllers.computeIfAbsent(account.id(),
                id -> new SessionController(account, password, this, executor, features));
        controller.update(account, password);
        return controller;
    }

    @Override
    public CompletableFuture<Void> disconnect(String id) {
        SessionController controller = controllers.get(id);
        if (controller == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = controller.disconnect();
        if (account(id).isEmpty()) {
            // a transient account (CLI, scripts): nothing to keep once it is disconnected
            controllers.remove(id, controller);
            controller.forgetPassword();
        }
        return done;
    }

    @Override
    public ConnectionStatus status(String id) {
        SessionController controller = controllers.get(id);
        return controller == null ? ConnectionStatus.disconnected(id) : controller.status();
    }

    @Override
    public Optional<XmppSession> session(String id) {
        SessionController controller = controllers.get(id);
        return controller == null ? Optional.empty() : controller.session();
    }

    @Override
    public void pinCertificate(String id, String sha256) {
        Account account = account(id).orElseThrow(() -> new IllegalArgumentException("no account " + id));
        save(account.toBuilder().pinnedCertificate(sha256).build(), null);
    }

    @Override
    public CompletableFuture<Void> register(Account account, char[] password) {
        char[] copy = password.clone();
        return CompletableFuture.runAsync(() -> InBandRegistration.register(account, copy), executor);
    }

    @Override
    public void addListener(AccountListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(AccountListener listener) {
        listeners.remove(listener);
    }

    // SessionController.Host

    @Override
    public void statusChanged(ConnectionStatus status) {
        fire(l -> l.statusChanged(status));
    }

    @Override
    public void publish(SmackXmppSession session) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(XmppSession.ACCOUNT_ID, session.account().id());
        properties.put(XmppSession.BOUND_JID, session.boundJid());
        registrations.put(session, context.registerService(
                new String[] {XmppSession.class.getName(), SmackSession.class.getName()}, session, properties));
    }

    @Override
    public void unpublish(SmackXmppSession session) {
        ServiceRegistration<?> registration = registrations.remove(session);
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping
            }
        }
    }

    @Override
    public void passwordChanged(Account account, char[] password) {
        if (preferences.load().stream().anyMatch(a -> a.id().equals(account.id()))) {
            passwords.put(account.id(), password);
        }
    }

    private void fire(java.util.function.Consumer<AccountListener> event) {
        if (listeners.isEmpty()) {
            return; // no thread to wake for nobody (the CLI, scripts)
        }
        events.execute(() -> {
            for (AccountListener listener : listeners) {
                try {
                    event.accept(listener);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "account listener failed", e);
                }
            }
        });
    }
}
