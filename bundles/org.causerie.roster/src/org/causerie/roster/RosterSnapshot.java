package org.causerie.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One account's roster at one moment, immutable. A UI takes a snapshot once (off
 * its display thread) and then applies the {@link RosterChange}s whose
 * {@link RosterChange#version()} is greater than {@link #version()}.
 *
 * @param accountId the account
 * @param accountJid the account's bare JID
 * @param boundJid the full JID this client is bound to
 * @param version increases with every change to this account's roster or presence
 * @param loaded false until the server's roster arrived after login
 * @param contacts the roster items by bare JID
 * @param ownResources the account's OTHER available resources (not this client), preferred first
 * @param groups every group with its counts, by name; contacts in no group count under {@link #UNGROUPED}
 */
public record RosterSnapshot(String accountId, String accountJid, String boundJid, long version, boolean loaded,
        Map<String, Contact> contacts, List<ResourcePresence> ownResources, Map<String, GroupCount> groups) {

    /** The group name under which contacts that are in no group are counted. */
    public static final String UNGROUPED = "";

    public RosterSnapshot {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accountJid, "accountJid");
        Objects.requireNonNull(boundJid, "boundJid");
        contacts = Map.copyOf(contacts);
        ownResources = ownResources.stream().sorted(ResourcePresence.PREFERRED_FIRST).toList();
        groups = Map.copyOf(groups);
    }

    /** @return the contact with this bare JID, if in the roster */
    public Optional<Contact> contact(String jid) {
        return Optional.ofNullable(contacts.get(jid));
    }

    /**
     * What changed from an older snapshot of the same account to this one. Linear
     * in the roster's size; listeners get the same from {@link RosterChange} for free.
     *
     * @param older an earlier snapshot of the same account
     * @return the difference, with this snapshot's version
     */
    public RosterChange since(RosterSnapshot older) {
        List<Contact> added = new ArrayList<>();
        List<Contact> updated = new ArrayList<>();
        for (Contact contact : contacts.values()) {
            Contact before = older.contacts.get(contact.jid());
            if (before == null) {
                added.add(contact);
            } else if (!before.equals(contact)) {
                updated.add(contact);
            }
        }
        Set<String> removed = new HashSet<>(older.contacts.keySet());
        removed.removeAll(contacts.keySet());
        List<GroupCount> changedGroups = new ArrayList<>();
        groups.values().stream().filter(g -> !g.equals(older.groups.get(g.name()))).forEach(changedGroups::add);
        older.groups.keySet().stream().filter(name -> !groups.containsKey(name))
                .forEach(name -> changedGroups.add(new GroupCount(name, 0, 0)));
        Optional<List<ResourcePresence>> own = ownResources.equals(older.ownResources) ? Optional.empty()
                : Optional.of(ownResources);
        return new RosterChange(accountId, version, loaded, added, updated, removed, own, changedGroups);
    }
}
