package org.causerie.roster.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.causerie.core.Jids;
import org.causerie.roster.Contact;
import org.causerie.roster.GroupCount;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterChange;
import org.causerie.roster.RosterSnapshot;

/**
 * One account's roster and presence, free of Smack. Every mutation marks what it
 * touched; {@link #drain()} turns the marks into one {@link RosterChange}, so many
 * stanzas arriving together (the presence flood after login) make one event.
 * Snapshots are built on demand and cached until the next change.
 */
final class RosterState {

    private final String accountId;
    private final String accountJid;
    private final Runnable wake;
    private String boundJid = "";
    private final Map<String, Contact> contacts = new HashMap<>();
    /** bare JID -> full JID -> presence, for contacts and for the account's own resources. */
    private final Map<String, Map<String, ResourcePresence>> presences = new HashMap<>();
    private final GroupCounts groups = new GroupCounts();
    private long version;
    private boolean loaded;
    private RosterSnapshot cached;

    /** Bare JIDs touched since the last drain, with whether each was in the roster before. */
    private final Map<String, Boolean> dirty = new LinkedHashMap<>();
    private final Set<String> dirtyGroups = new HashSet<>();
    private boolean ownDirty;
    private boolean drainScheduled;
    private boolean changed;

    /**
     * @param wake run (under this object's lock, so it must only schedule) when the
     *        first change after a drain arrives
     */
    RosterState(String accountId, String accountJid, Runnable wake) {
        this.accountId = accountId;
        this.accountJid = accountJid;
        this.wake = wake;
    }

    String accountId() {
        return accountId;
    }

    synchronized void bound(String fullJid) {
        if (!fullJid.equals(boundJid)) {
            boundJid = fullJid;
            ownDirty = true;
            touched();
        }
    }

    /** Adds or replaces a roster item; the contact's resources come from presence. */
    synchronized void putItem(Contact item) {
        Contact before = contacts.get(item.jid());
        List<ResourcePresence> resources = resourcesOf(item.jid());
        // without presence (every contact while the roster loads) the item itself is the contact
        Contact after = resources.equals(item.resources()) ? item : item.withResources(resources);
        if (!after.equals(before)) {
            replace(item.jid(), before, after);
        }
    }

    /** Adds or replaces several items at once: a drain sees all of them or none. */
    synchronized void putItems(Collection<Contact> items) {
        items.forEach(this::putItem);
    }

    /**
     * @param candidates items (e.g. Smack's entries)
     * @param jid the bare JID of an item
     * @return the candidates the roster does not hold, looked up under one lock
     */
    synchronized <T> List<T> missing(Collection<T> candidates, Function<T, String> jid) {
        List<T> missing = new ArrayList<>();
        for (T candidate : candidates) {
            if (!contacts.containsKey(jid.apply(candidate))) {
                missing.add(candidate);
            }
        }
        return missing;
    }

    /** @return how many items the roster holds */
    synchronized int size() {
        return contacts.size();
    }

    synchronized void removeItem(String jid) {
        Contact before = contacts.get(jid);
        if (before != null) {
            replace(jid, before, null);
        }
    }

    /** Removes every item not in {@code jids} (after a full roster load). */
    synchronized void retainItems(Set<String> jids) {
        for (String jid : List.copyOf(contacts.keySet())) {
            if (!jids.contains(jid)) {
                removeItem(jid);
            }
        }
    }

    /**
     * Records presence from one resource (RFC 6121 §4.4.2): available replaces the
     * resource's presence, unavailable removes it.
     */
    synchronized void presence(String fullJid, Optional<ResourcePresence> available) {
        String bare = Jids.bare(fullJid);
        Map<String, ResourcePresence> resources = presences.computeIfAbsent(bare, b -> new HashMap<>());
        if (available.isPresent()) {
            resources.put(fullJid, available.get());
        } else if (resources.remove(fullJid) == null) {
            dropIfEmpty(bare, resources);
            return;
        }
        dropIfEmpty(bare, resources);
        presenceChanged(bare);
    }

    /** Forgets all presence: the stream ended and was not resumed. */
    synchronized void clearPresence() {
        Set<String> bares = new HashSet<>(presences.keySet());
        presences.clear();
        bares.forEach(this::presenceChanged);
    }

    synchronized void loaded(boolean isLoaded) {
        if (loaded != isLoaded) {
            loaded = isLoaded;
            touched();
        }
    }

    synchronized boolean isLoaded() {
        return loaded;
    }

    synchronized RosterSnapshot snapshot() {
        if (cached == null) {
            cached = new RosterSnapshot(accountId, accountJid, boundJid, version, loaded, contacts,
                    ownResources(), groups.all());
        }
        return cached;
    }

    /** @return what changed since the last drain, empty when nothing did */
    synchronized Optional<RosterChange> drain() {
        drainScheduled = false;
        if (!changed) {
            return Optional.empty();
        }
        changed = false;
        List<Contact> added = new ArrayList<>();
        List<Contact> updated = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        dirty.forEach((jid, existed) -> {
            Contact now = contacts.get(jid);
            if (now == null && existed) {
                removed.add(jid);
            } else if (now != null) {
                (existed ? updated : added).add(now);
            }
        });
        List<GroupCount> changedGroups = dirtyGroups.stream().map(groups::count).toList();
        Optional<List<ResourcePresence>> own = ownDirty ? Optional.of(ownResources()) : Optional.empty();
        dirty.clear();
        dirtyGroups.clear();
        ownDirty = false;
        return Optional.of(new RosterChange(accountId, version, loaded, added, updated, removed, own,
                changedGroups));
    }

    private void presenceChanged(String bare) {
        if (bare.equals(accountJid)) {
            ownDirty = true;
            touched();
        }
        Contact before = contacts.get(bare);
        if (before != null) {
            replace(bare, before, before.withResources(resourcesOf(bare)));
        }
    }

    private void replace(String jid, Contact before, Contact after) {
        dirty.putIfAbsent(jid, before != null);
        if (after == null) {
            contacts.remove(jid);
        } else {
            contacts.put(jid, after);
        }
        groups.replace(before, after, dirtyGroups::add);
        touched();
    }

    private void touched() {
        version++;
        cached = null;
        changed = true;
        if (!drainScheduled) {
            drainScheduled = true;
            wake.run();
        }
    }

    private List<ResourcePresence> resourcesOf(String bare) {
        Map<String, ResourcePresence> resources = presences.get(bare);
        return resources == null ? List.of() : List.copyOf(resources.values());
    }

    private List<ResourcePresence> ownResources() {
        return resourcesOf(accountJid).stream().filter(r -> !r.fullJid().equals(boundJid)).toList();
    }

    private void dropIfEmpty(String bare, Map<String, ResourcePresence> resources) {
        if (resources.isEmpty()) {
            presences.remove(bare);
        }
    }

}
