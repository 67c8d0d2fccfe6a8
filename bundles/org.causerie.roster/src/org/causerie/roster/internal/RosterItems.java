package org.causerie.roster.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.causerie.roster.Contact;
import org.causerie.roster.Subscription;
import org.jivesoftware.smack.roster.RosterEntry;
import org.jivesoftware.smack.roster.RosterGroup;
import org.jivesoftware.smack.roster.packet.RosterPacket;

/** Converts Smack's roster items to the model. */
final class RosterItems {

    private RosterItems() {
    }

    /** @return the item as a contact without presence */
    static Contact toContact(String accountId, RosterEntry entry) {
        return new Contact(accountId, entry.getJid().toString(), Optional.ofNullable(entry.getName()),
                groups(entry.getGroups()), subscription(entry.getType()), entry.isSubscriptionPending(), List.of());
    }

    /** @return the names as an immutable set, which {@link Contact} keeps without copying */
    private static Set<String> groups(List<RosterGroup> groups) {
        return switch (groups.size()) {
            case 0 -> Set.of();
            case 1 -> Set.of(groups.get(0).getName());
            default -> groups.stream().map(RosterGroup::getName).collect(Collectors.toUnmodifiableSet());
        };
    }

    /** RFC 6121 §2.1.2.5; "remove" only appears in pushes and never reaches a stored item. */
    static Subscription subscription(RosterPacket.ItemType type) {
        if (type == null) {
            return Subscription.NONE;
        }
        return switch (type) {
            case to -> Subscription.TO;
            case from -> Subscription.FROM;
            case both -> Subscription.BOTH;
            default -> Subscription.NONE;
        };
    }
}
