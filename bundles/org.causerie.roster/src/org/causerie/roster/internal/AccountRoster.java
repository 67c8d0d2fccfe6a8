package org.causerie.roster.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.causerie.core.PeerPresence;
import org.causerie.core.PresenceListener;
import org.causerie.core.PresenceMode;
import org.causerie.core.spi.SmackSession;
import org.causerie.roster.Contact;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.SubscriptionRequest;
import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.PresenceTypeFilter;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterEntry;
import org.jivesoftware.smack.roster.RosterListener;
import org.jivesoftware.smack.roster.RosterLoadedListener;
import org.jivesoftware.smack.roster.SubscribeListener;
import org.jivesoftware.smack.roster.rosterstore.RosterStore;
import org.jivesoftware.smackx.nick.packet.Nick;
import org.jxmpp.jid.Jid;

/**
 * Connects one session's Smack {@link Roster} and presence to a {@link RosterState}:
 * roster items from Smack's roster (pushes included, RFC 6121 §2.1.6), presence per
 * resource from the core session, subscription requests held until the user
 * answers (Smack's manual mode: nothing is accepted or refused automatically).
 */
final class AccountRoster implements RosterListener, RosterLoadedListener, SubscribeListener, PresenceListener,
        ConnectionListener {

    private static final Logger LOG = System.getLogger(AccountRoster.class.getName());

    /** Roster items converted and handed to the state at a time (see {@link #entriesUpdated}). */
    static final int SLICE = 1_000;

    private final SmackSession session;
    private final XMPPConnection connection;
    private final Roster roster;
    private final RosterState state;
    private final EventDispatcher events;
    private final Map<String, SubscriptionRequest> requests = new LinkedHashMap<>();
    private final StanzaListener cancelled = this::requestCancelled;

    AccountRoster(SmackSession session, EventDispatcher events) {
        this.session = session;
        this.connection = session.connection();
        this.roster = Roster.getInstanceFor(connection);
        this.events = events;
        String accountId = session.account().id();
        this.state = new RosterState(accountId, session.account().jid(), () -> events.wake(stateRef()));
    }

    private RosterState stateRef() {
        return state;
    }

    SmackSession session() {
        return session;
    }

    XMPPConnection connection() {
        return connection;
    }

    Roster roster() {
        return roster;
    }

    RosterState state() {
        return state;
    }

    /**
     * Starts following the session. Before login (XEP contribution join) the store
     * makes the first roster request carry a version; later it applies from the next login.
     */
    void attach(RosterStore store) {
        roster.addSubscribeListener(this);
        roster.setRosterStore(store);
        connection.addConnectionListener(this);
        connection.addAsyncStanzaListener(cancelled, PresenceTypeFilter.UNSUBSCRIBE);
        session.addPresenceListener(this);
        roster.addRosterLoadedListener(this);
        roster.addRosterListener(this);
        if (connection.isAuthenticated()) {
            state.bound(String.valueOf(connection.getUser()));
        }
        if (roster.isLoaded()) {
            onRosterLoaded(roster);
        }
    }

    void detach() {
        roster.removeRosterListener(this);
        roster.removeRosterLoadedListener(this);
        session.removePresenceListener(this);
        connection.removeAsyncStanzaListener(cancelled);
        connection.removeConnectionListener(this);
        roster.removeSubscribeListener(this);
    }

    synchronized List<SubscriptionRequest> pendingRequests() {
        return List.copyOf(requests.values());
    }

    /** The user answered (or the requester withdrew): the request is no longer pending. */
    synchronized void answered(String bareJid) {
        requests.remove(bareJid);
    }

    /**
     * Smack 4.4 tells {@code entriesAdded/Updated/Deleted} for the roster result just
     * before this, on the same thread: the state already has every item then, and
     * converting the 10,000 entries of a large roster a second time only made garbage
     * on the login's critical path. Only what the state misses (this listener was
     * attached after the roster loaded) is converted, found under one lock; items no
     * longer in the roster go.
     */
    @Override
    public void onRosterLoaded(Roster loaded) {
        Set<RosterEntry> entries = loaded.getEntries();
        List<RosterEntry> missing = state.missing(entries, e -> e.getJid().toString());
        List<Contact> items = new ArrayList<>(missing.size());
        for (RosterEntry entry : missing) {
            items.add(RosterItems.toContact(state.accountId(), entry));
        }
        itemsChanged(items);
        if (state.size() != entries.size()) {
            Set<String> jids = new HashSet<>();
            entries.forEach(e -> jids.add(e.getJid().toString()));
            state.retainItems(jids);
        }
        state.loaded(true);
    }

    @Override
    public void onRosterLoadingFailed(Exception exception) {
        LOG.log(Level.WARNING, "roster of " + session.account().jid() + " not loaded", exception);
    }

    @Override
    public void entriesAdded(Collection<Jid> addresses) {
        entriesUpdated(addresses);
    }

    /**
     * Converts the items and hands them to the state {@value #SLICE} at a time. A
     * roster result of 10,000 items (Smack tells them all at once, before it calls the
     * loaded listeners) thus reaches the listeners as a few events while this thread
     * still converts the rest: the roster view builds and inserts the first rows
     * meanwhile, instead of starting once the last item is converted. The snapshot is
     * consistent at every step (each slice goes in under the state's lock), and
     * {@code loaded} turns true only in {@link #onRosterLoaded}, after every slice.
     */
    @Override
    public void entriesUpdated(Collection<Jid> addresses) {
        List<Contact> items = new ArrayList<>(Math.min(SLICE, addresses.size()));
        for (Jid address : addresses) {
            RosterEntry entry = roster.getEntry(address.asBareJid());
            if (entry == null) {
                state.removeItem(address.asBareJid().toString());
            } else {
                items.add(RosterItems.toContact(state.accountId(), entry));
                if (items.size() == SLICE) {
                    itemsChanged(items);
                    items = new ArrayList<>(SLICE);
                }
            }
        }
        itemsChanged(items);
    }

    @Override
    public void entriesDeleted(Collection<Jid> addresses) {
        addresses.forEach(a -> state.removeItem(a.asBareJid().toString()));
    }

    @Override
    public void presenceChanged(Presence presence) {
        // Presence comes from the core session's listener, with our own resources too.
    }

    private void itemsChanged(List<Contact> items) {
        if (items.isEmpty()) {
            return;
        }
        state.putItems(items);
        synchronized (this) {
            if (requests.isEmpty()) {
                return;
            }
            for (Contact item : items) {
                if (item.subscription().contactSeesUser()) {
                    requests.remove(item.jid()); // approved, maybe by another client of the account
                }
            }
        }
    }

    @Override
    public void presenceReceived(PeerPresence presence) {
        Optional<ResourcePresence> available = presence.available()
                ? Optional.of(new ResourcePresence(presence.from(), presence.mode().orElse(PresenceMode.AVAILABLE),
                        presence.status(), presence.priority(), Instant.now()))
                : Optional.empty();
        state.presence(presence.from(), available);
    }

    /** RFC 6121 §3.1.3: shown to the user, answered later by approve or deny. */
    @Override
    public SubscribeAnswer processSubscribe(Jid from, Presence presence) {
        Nick nick = presence.getExtension(Nick.ELEMENT_NAME, Nick.NAMESPACE);
        String bare = from.asBareJid().toString();
        SubscriptionRequest request = new SubscriptionRequest(state.accountId(), bare,
                Optional.ofNullable(nick).map(Nick::getName).filter(n -> !n.isBlank()), Instant.now());
        boolean isNew;
        synchronized (this) {
            isNew = requests.putIfAbsent(bare, request) == null;
        }
        if (isNew) {
            events.fireAll(l -> l.subscriptionRequested(request));
        }
        return null;
    }

    /** RFC 6121 §3.2.1 / §3.3: the requester withdrew its request. */
    private void requestCancelled(Stanza stanza) {
        answered(stanza.getFrom().asBareJid().toString());
    }

    @Override
    public void authenticated(XMPPConnection c, boolean resumed) {
        if (!resumed) {
            // A new stream: the server sends every presence again (RFC 6121 §4.2.2).
            state.clearPresence();
            state.loaded(roster.isLoaded());
        }
        state.bound(String.valueOf(c.getUser()));
    }
}
