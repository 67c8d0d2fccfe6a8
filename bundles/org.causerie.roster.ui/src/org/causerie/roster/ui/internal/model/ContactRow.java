package org.causerie.roster.ui.internal.model;

import org.causerie.roster.Contact;

/**
 * A contact as filed under one group (a contact in several groups has one row in each).
 *
 * @param contact the contact now
 * @param group the group this row is under ({@code ""} for none)
 * @param unread unread incoming messages of its conversation
 * @param text e.g. "Bob — Out for lunch [both] (2 unread)"
 * @param icon its presence, or pending
 */
public record ContactRow(Contact contact, String group, int unread, String text, Icon icon) implements Row {

    @Override
    public String key() {
        return contact.accountId() + "\u0000c\u0000" + group + "\u0000" + contact.jid();
    }

    @Override
    public String accountId() {
        return contact.accountId();
    }
}
