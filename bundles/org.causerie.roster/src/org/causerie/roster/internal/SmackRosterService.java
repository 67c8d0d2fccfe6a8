package org.causerie.roster.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.causerie.core.XepContribution;
import org.causerie.core.spi.SmackSession;
import org.causerie.core.spi.SmackSessionParticipant;
import org.causerie.roster.EntityTime;
import org.causerie.roster.RosterException;
import org.causerie.roster.RosterListener;
import org.causerie.roster.RosterService;
import org.causerie.roster.RosterSnapshot;
import org.causerie.roster.SoftwareVersion;
import org.causerie.roster.SubscriptionRequest;
import org.causerie.roster.VCard;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The roster service over every connected session. Sessions arrive as
 * {@link SmackSession} services (published after login, before the initial
 * presence); as a {@link XepContribution} this component also joins each session
 * before it logs in, which sets Smack's roster to manual subscription handling
 * and gives it the roster store, and it answers version and time queries while active.
 */
@Component(service = {RosterService.class, XepContribution.class})
public final class SmackRosterService implements RosterService, XepContribution, SmackSessionParticipant {

    private final EventDispatcher events = new EventDispatcher();
    private final Map<String, AccountRoster> accounts = new ConcurrentHashMap<>();
    /** Published rosters: their session service is registered. */
    private final Set<String> published = ConcurrentHashMap.newKeySet();
    /** Kept across an account's sessions for roster versioning, keyed by account id and JID. */
    private final Map<String, MemoryRosterStore> stores = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "causerie-roster-send");
        t.setDaemon(true);
        return t;
    });
    private final String clientVersion = FrameworkUtil.getBundle(SmackRosterService.class) == null ? "0"
            : FrameworkUtil.getBundle(SmackRosterService.class).getVersion().toString();

    @Deactivate
    void deactivate() {
        accounts.values().forEach(this::forget);
        accounts.clear();
        events.shutdown();
        sender.shutdown();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSession(SmackSession session) {
        AccountRoster account = follow(session);
        published.add(account.state().accountId());
        RosterSnapshot snapshot = account.state().snapshot();
        events.fireAll(l -> l.rosterAdded(snapshot));
    }

    void removeSession(SmackSession session) {
        String id = session.account().id();
        AccountRoster account = accounts.get(id);
        if (account != null && account.session() == session) {
            accounts.remove(id);
            forget(account);
        }
    }

    @Override
    public void join(SmackSession session) {
        follow(session);
        AnsweredQueries.enable(session.connection(), clientVersion);
    }

    @Override
    public void leave(SmackSession session) {
        AnsweredQueries.disable(session.connection());
        removeSession(session);
    }

    private synchronized AccountRoster follow(SmackSession session) {
        String id = session.account().id();
        AccountRoster existing = accounts.get(id);
        if (existing != null && existing.session() == session) {
            return existing;
        }
        if (existing != null) {
            forget(existing);
        }
        AccountRoster account = new AccountRoster(session, events);
        accounts.put(id, account);
        account.attach(stores.computeIfAbsent(id + " " + session.account().jid(), k -> new MemoryRosterStore()));
        return account;
    }

    /** @return the roster version kept for an account (RFC 6121 §2.6), empty when none; for tests */
    String storedRosterVersion(String accountId, String jid) {
        MemoryRosterStore store = stores.get(accountId + " " + jid);
        return store == null ? "" : store.getRosterVersion();
    }

    private void forget(AccountRoster account) {
        account.detach();
        String id = account.state().accountId();
        if (published.remove(id)) {
            events.fireAll(l -> l.rosterRemoved(id));
        }
    }

    @Override
    public Set<String> xeps() {
        return AnsweredQueries.XEPS;
    }

    @Override
    public Set<String> discoFeatures() {
        return AnsweredQueries.FEATURES;
    }

    @Override
    public Optional<RosterSnapshot> roster(String accountId) {
        return Optional.ofNullable(accounts.get(accountId)).filter(a -> published.contains(accountId))
                .map(a -> a.state().snapshot());
    }

    @Override
    public List<RosterSnapshot> rosters() {
        return accounts.values().stream().filter(a -> published.contains(a.state().accountId()))
                .map(a -> a.state().snapshot()).toList();
    }

    @Override
    public List<SubscriptionRequest> pendingRequests(String accountId) {
        return Optional.ofNullable(accounts.get(accountId)).map(AccountRoster::pendingRequests).orElse(List.of());
    }

    @Override
    public CompletableFuture<Void> add(String accountId, String jid, Optional<String> name, Set<String> groups) {
        return command(accountId, c -> c.add(jid, name, groups));
    }

    @Override
    public CompletableFuture<Void> rename(String accountId, String jid, Optional<String> name) {
        return command(accountId, c -> c.rename(jid, name));
    }

    @Override
    public CompletableFuture<Void> setGroups(String accountId, String jid, Set<String> groups) {
        return command(accountId, c -> c.setGroups(jid, groups));
    }

    @Override
    public CompletableFuture<Void> remove(String accountId, String jid) {
        return command(accountId, c -> c.remove(jid));
    }

    @Override
    public CompletableFuture<Void> approve(String accountId, String jid, boolean askBack) {
        return command(accountId, c -> c.approve(jid, askBack));
    }

    @Override
    public CompletableFuture<Void> deny(String accountId, String jid) {
        return command(accountId, c -> c.deny(jid));
    }

    @Override
    public CompletableFuture<Void> unsubscribe(String accountId, String jid) {
        return command(accountId, c -> c.unsubscribe(jid));
    }

    @Override
    public CompletableFuture<SoftwareVersion> softwareVersion(String accountId, String fullJid) {
        return query(accountId, a -> ContactDetails.softwareVersion(a.connection(), fullJid));
    }

    @Override
    public CompletableFuture<EntityTime> entityTime(String accountId, String fullJid) {
        return query(accountId, a -> ContactDetails.entityTime(a.connection(), fullJid));
    }

    @Override
    public CompletableFuture<VCard> vCard(String accountId, String bareJid) {
        return query(accountId, a -> ContactDetails.vCard(a.connection(), bareJid));
    }

    @Override
    public void addListener(RosterListener listener) {
        events.add(listener);
    }

    @Override
    public void removeListener(RosterListener listener) {
        events.remove(listener);
    }

    private CompletableFuture<Void> command(String accountId, Function<RosterCommands, CompletableFuture<Void>> op) {
        return query(accountId, a -> op.apply(new RosterCommands(a, sender)));
    }

    private <T> CompletableFuture<T> query(String accountId, Function<AccountRoster, CompletableFuture<T>> op) {
        AccountRoster account = accounts.get(accountId);
        if (account == null) {
            return CompletableFuture.failedFuture(new RosterException(accountId + " is not connected", null, null));
        }
        return op.apply(account);
    }
}
