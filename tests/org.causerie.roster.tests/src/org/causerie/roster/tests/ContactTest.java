package org.causerie.roster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.causerie.core.PresenceMode;
import org.causerie.roster.Contact;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.Subscription;
import org.junit.jupiter.api.Test;

/** The contact record: immutable whatever it is given, resources preferred first. */
class ContactTest {

    private static final Instant T = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void resourcesAreSortedPreferredFirstAndNeverShareTheCallersList() {
        ResourcePresence low = resource("a@x/low", 1, T.plusSeconds(5));
        ResourcePresence oldHigh = resource("a@x/old", 5, T);
        ResourcePresence newHigh = resource("a@x/new", 5, T.plusSeconds(1));
        Contact three = contact(new ArrayList<>(List.of(low, oldHigh, newHigh)), new HashSet<>(Set.of("G")));
        assertEquals(List.of(newHigh, oldHigh, low), three.resources());

        List<ResourcePresence> one = new ArrayList<>(List.of(low));
        Contact single = contact(one, Set.of());
        one.clear();
        assertEquals(List.of(low), single.resources(), "a copy, not the caller's list");
        assertThrows(UnsupportedOperationException.class, () -> single.resources().add(low));
        assertThrows(UnsupportedOperationException.class, () -> three.groups().add("H"));
        assertEquals(List.of(), contact(List.of(), Set.of()).resources());
    }

    @Test
    void immutableInputsAreKeptAsTheyAre() {
        List<ResourcePresence> one = List.of(resource("a@x/r", 0, T));
        Set<String> groups = Set.of("G", "H");
        Contact contact = contact(one, groups);
        assertSame(one, contact.resources());
        assertSame(groups, contact.groups());
        assertSame(contact.resources(), contact.withResources(contact.resources()).resources());
    }

    private static Contact contact(List<ResourcePresence> resources, Set<String> groups) {
        return new Contact("acc", "a@x", Optional.empty(), groups, Subscription.BOTH, false, resources);
    }

    private static ResourcePresence resource(String fullJid, int priority, Instant since) {
        return new ResourcePresence(fullJid, PresenceMode.AVAILABLE, "", priority, since);
    }
}
