package org.causerie.roster.ui.internal.model;

import java.util.Locale;

import org.causerie.roster.Contact;

/**
 * What the user typed in the filter field: a contact is shown when its nickname,
 * its JID or the group it is under contains the text, ignoring case.
 */
public final class RosterFilter {

    /** Shows everything. */
    public static final RosterFilter NONE = new RosterFilter("");

    private final String needle;

    private RosterFilter(String needle) {
        this.needle = needle;
    }

    /** @param text the text typed; blank shows everything */
    public static RosterFilter of(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() ? NONE : new RosterFilter(needle);
    }

    /** @return whether this filter hides nothing */
    public boolean isEmpty() {
        return needle.isEmpty();
    }

    /** @return whether a group's name matches, so that all its contacts are shown */
    public boolean matchesGroup(String group) {
        return isEmpty() || contains(group);
    }

    /** @return whether the contact, as filed under that group, is shown */
    public boolean matches(Contact contact, String group) {
        return isEmpty() || contains(contact.jid()) || contact.name().map(this::contains).orElse(false)
                || contains(group);
    }

    private boolean contains(String text) {
        return text.toLowerCase(Locale.ROOT).contains(needle);
    }

    @Override
    public String toString() {
        return "RosterFilter[" + needle + "]";
    }
}
