package org.causerie.roster.ui.internal.model;

import org.causerie.roster.ResourcePresence;

/**
 * One of the account's own other connected resources (another client of the same
 * account), with its presence.
 *
 * @param accountId the account
 * @param presence the resource's presence
 * @param text e.g. "phone — Away: driving (priority 5)"
 */
public record ResourceRow(String accountId, ResourcePresence presence, String text) implements Row {

    @Override
    public String key() {
        return accountId + "\u0000r\u0000" + presence.fullJid();
    }

    @Override
    public Icon icon() {
        return Icon.of(java.util.Optional.of(presence.mode()));
    }
}
