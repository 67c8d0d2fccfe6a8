package org.causerie.roster.ui.internal.model;

import java.util.List;

/**
 * An account's top node: its JID and own presence, then its own other resources
 * and its groups.
 *
 * @param accountId the account
 * @param jid the account's bare JID
 * @param text e.g. "alice@example.org — Away (12/40)"
 * @param icon the account's own presence
 * @param children own resources first, then groups
 */
public record AccountRow(String accountId, String jid, String text, Icon icon, List<Row> children)
        implements Row {

    public AccountRow {
        children = List.copyOf(children);
    }

    @Override
    public String key() {
        return accountId;
    }
}
