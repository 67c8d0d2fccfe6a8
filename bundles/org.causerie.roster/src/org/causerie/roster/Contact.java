package org.causerie.roster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.causerie.core.PresenceMode;

/**
 * One roster item with the presence of its available resources.
 *
 * @param accountId the account whose roster holds it
 * @param jid the contact's bare JID
 * @param name the nickname the user gave it (RFC 6121 §2.1.2.4), if any
 * @param groups the groups it is filed under, empty when in none (RFC 6121 §2.1.2.3)
 * @param subscription who sees whose presence
 * @param pendingOut whether the user asked to see the contact's presence and the
 *        contact has not answered yet ({@code ask='subscribe'}, RFC 6121 §2.1.2.2)
 * @param resources the contact's available resources, preferred first
 *        ({@link ResourcePresence#PREFERRED_FIRST}); empty when offline
 */
public record Contact(String accountId, String jid, Optional<String> name, Set<String> groups,
        Subscription subscription, boolean pendingOut, List<ResourcePresence> resources) {

    public Contact {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(jid, "jid");
        Objects.requireNonNull(subscription, "subscription");
        name = name.filter(n -> !n.isBlank());
        groups = Set.copyOf(groups);
        resources = preferredFirst(resources);
    }

    /** Most contacts have no or one resource: those need no stream and no copy (a roster of 10,000 makes many). */
    private static List<ResourcePresence> preferredFirst(List<ResourcePresence> resources) {
        return resources.size() < 2 ? List.copyOf(resources)
                : resources.stream().sorted(ResourcePresence.PREFERRED_FIRST).toList();
    }

    /** @return the nickname, else the JID: what a roster row shows */
    public String displayName() {
        return name.orElse(jid);
    }

    /** @return whether at least one resource is available */
    public boolean online() {
        return !resources.isEmpty();
    }

    /** @return the preferred resource's mode, empty when offline */
    public Optional<PresenceMode> mode() {
        return resources.stream().findFirst().map(ResourcePresence::mode);
    }

    /** @return the preferred resource's status text, empty when offline or none */
    public String status() {
        return resources.isEmpty() ? "" : resources.get(0).status();
    }

    /** @return this contact with other resources */
    public Contact withResources(List<ResourcePresence> newResources) {
        return new Contact(accountId, jid, name, groups, subscription, pendingOut, newResources);
    }
}
