package org.causerie.muc.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import org.causerie.core.spi.SmackPayloads;
import org.causerie.core.spi.SmackSession;
import org.causerie.muc.MucError;
import org.causerie.muc.MucException;

/**
 * The {@link AccountRooms} of every session the service knows: one started per
 * session once the service is active, stopped when its session goes. Smack's MUC
 * providers are registered with the first one ({@link Providers}).
 */
final class MucAccounts {

    private final Map<String, SmackSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, AccountRooms> accounts = new ConcurrentHashMap<>();
    private final Providers providers = new Providers();
    private final Notifier notifier;
    private final ExecutorService executor;
    private final SmackPayloads payloads;
    /** Where the rooms joined are remembered; null until the service is active. */
    private RecentRooms recent;

    MucAccounts(Notifier notifier, ExecutorService executor, SmackPayloads payloads) {
        this.notifier = notifier;
        this.executor = executor;
        this.payloads = payloads;
    }

    /** The service is active: the sessions known so far, and those added from now on, get their rooms. */
    synchronized void activate(RecentRooms recentRooms) {
        recent = recentRooms;
        sessions.values().forEach(this::start);
    }

    /** The service goes: every account's rooms stop. */
    synchronized void deactivate() {
        accounts.values().forEach(AccountRooms::stop);
        accounts.clear();
    }

    /** Smack's registries are global: nothing of ours may stay in them once the bundle stops. */
    void unregisterProviders() {
        providers.unregister();
    }

    private void start(SmackSession session) {
        // Registered with the first session, not at activation: starting Smack would
        // otherwise move onto the workbench's start-up path (docs/status.md figures).
        providers.register();
        AccountRooms rooms = new AccountRooms(session, notifier, executor, recent, payloads);
        accounts.put(session.account().id(), rooms);
        rooms.start();
    }

    synchronized void add(SmackSession session) {
        sessions.put(session.account().id(), session);
        if (recent != null) {
            start(session);
        }
    }

    synchronized void remove(SmackSession session) {
        String id = session.account().id();
        if (!sessions.remove(id, session)) {
            return;
        }
        AccountRooms rooms = accounts.remove(id);
        if (rooms != null) {
            rooms.stop();
        }
    }

    /** @return the rooms of a connected account, or a failure saying it is not connected */
    AccountRooms account(String accountId) throws MucException {
        AccountRooms rooms = accounts.get(accountId);
        if (rooms == null) {
            throw new MucException(MucError.NOT_CONNECTED, "account " + accountId + " is not connected");
        }
        return rooms;
    }

    Optional<AccountRooms> find(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    Collection<AccountRooms> all() {
        return accounts.values();
    }
}
