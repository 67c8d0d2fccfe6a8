package org.causerie.roster.ui.internal.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

import org.causerie.core.OwnPresence;
import org.causerie.roster.RosterChange;
import org.causerie.roster.RosterListener;
import org.causerie.roster.RosterService;
import org.causerie.roster.RosterSnapshot;
import org.causerie.roster.SubscriptionRequest;

/**
 * The roster view's worker: follows {@link RosterService} events, the unread
 * counts and the filter on a thread of its own, and hands an immutable
 * {@link RosterModel} to the view at most once per period (75 ms after an
 * expensive rebuild, down to 20 ms after a cheap one: {@link Coalescer}), so a
 * presence flood costs the display thread a few refreshes, not one per stanza.
 */
public final class RosterFeed implements RosterListener, AutoCloseable {

    /** The most time between two models handed to the view (after a rebuild of a large roster). */
    public static final long PERIOD_MILLIS = 75;
    /** The least time between two models handed to the view (after a cheap rebuild). */
    public static final long MIN_GAP_MILLIS = 20;

    private final RosterService roster;
    private final Consumer<RosterModel> view;
    private final Consumer<String> requests;
    private final ScheduledExecutorService worker;
    private final Coalescer coalescer;
    private final RosterRows rows;
    private final Map<String, AccountState> accounts = new LinkedHashMap<>();
    /** account id -> bare JID in lower case -> unread count (looked up for every row: no key string is built) */
    private final Map<String, Map<String, Integer>> unread = new HashMap<>();
    private RosterFilter filter = RosterFilter.NONE;
    private Optional<String> selectedKey = Optional.empty();

    /**
     * @param roster the rosters to follow
     * @param ownPresence the presence an account broadcasts now
     * @param view told each new model, on the worker thread
     * @param requests told the account id whenever its subscription requests may have changed
     */
    public RosterFeed(RosterService roster, Function<String, Optional<OwnPresence>> ownPresence,
            Consumer<RosterModel> view, Consumer<String> requests) {
        this.roster = roster;
        this.view = view;
        this.requests = requests;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "causerie-roster-view");
            thread.setDaemon(true);
            return thread;
        });
        this.coalescer = new Coalescer(worker, this::publish, MIN_GAP_MILLIS, PERIOD_MILLIS, System::nanoTime);
        this.rows = new RosterRows(ownPresence, this::unreadCount);
    }

    /** Starts following the rosters: every connected account's roster is read on the worker thread. */
    public void start() {
        roster.addListener(this);
        worker.execute(() -> {
            for (RosterSnapshot snapshot : roster.rosters()) {
                accounts.putIfAbsent(snapshot.accountId(), new AccountState(snapshot));
                requests.accept(snapshot.accountId());
            }
            coalescer.request();
        });
    }

    @Override
    public void rosterChanged(RosterChange change) {
        worker.execute(() -> {
            AccountState state = accounts.get(change.accountId());
            if (state == null) {
                // an event that overtook rosterAdded: the snapshot read now contains it
                roster.roster(change.accountId()).ifPresent(s -> accounts.put(s.accountId(), new AccountState(s)));
                coalescer.request();
            } else if (state.apply(change)) {
                coalescer.request();
            }
        });
    }

    @Override
    public void rosterAdded(RosterSnapshot snapshot) {
        worker.execute(() -> {
            accounts.putIfAbsent(snapshot.accountId(), new AccountState(snapshot));
            requests.accept(snapshot.accountId());
            coalescer.request();
        });
    }

    @Override
    public void rosterRemoved(String accountId) {
        worker.execute(() -> {
            accounts.remove(accountId);
            requests.accept(accountId);
            coalescer.request();
        });
    }

    @Override
    public void subscriptionRequested(SubscriptionRequest request) {
        worker.execute(() -> requests.accept(request.accountId())); // never on the service's event thread
    }

    /** @param text the filter typed; applied with the next model */
    public void filter(String text) {
        RosterFilter next = RosterFilter.of(text);
        worker.execute(() -> {
            filter = next;
            coalescer.request();
        });
    }

    /** @param key the selected row's key, so the next model says where it went */
    public void selected(Optional<String> key) {
        worker.execute(() -> selectedKey = key);
    }

    /** Sets the unread count of (account id, bare JID); 0 clears it. */
    public void unread(String accountId, String bareJid, int count) {
        worker.execute(() -> {
            String jid = bareJid.toLowerCase(Locale.ROOT);
            if (count > 0) {
                unread.computeIfAbsent(accountId, a -> new HashMap<>()).put(jid, count);
            } else {
                Map<String, Integer> counts = unread.get(accountId);
                if (counts != null && counts.remove(jid) != null && counts.isEmpty()) {
                    unread.remove(accountId);
                }
            }
            coalescer.request();
        });
    }

    /** Rebuilds the rows, e.g. after the user's own presence changed. */
    public void refresh() {
        worker.execute(coalescer::request);
    }

    private void publish() {
        RosterModel model = rows.build(List.copyOf(accounts.values()), filter);
        view.accept(selectedKey.map(k -> model.withSelection(model.pathOf(k))).orElse(model));
    }

    private int unreadCount(String accountId, String bareJid) {
        Map<String, Integer> counts = unread.get(accountId);
        // toLowerCase returns the JID itself when it has no capital letter (the usual case)
        return counts == null ? 0 : counts.getOrDefault(bareJid.toLowerCase(Locale.ROOT), 0);
    }

    @Override
    public void close() {
        roster.removeListener(this);
        worker.shutdownNow();
    }
}
