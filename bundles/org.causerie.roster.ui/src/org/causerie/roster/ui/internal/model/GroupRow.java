package org.causerie.roster.ui.internal.model;

import java.util.List;

/**
 * A roster group of one account with its online/total counts.
 *
 * @param accountId the account
 * @param name the group's name; {@code ""} for contacts in no group
 * @param online contacts of the group with an available resource
 * @param total contacts in the group
 * @param text e.g. "Friends (3/7)"
 * @param children the group's contacts shown (all of them, or those matching the filter)
 */
public record GroupRow(String accountId, String name, int online, int total, String text, List<Row> children)
        implements Row {

    public GroupRow {
        children = List.copyOf(children);
    }

    @Override
    public String key() {
        return accountId + "\u0000g\u0000" + name;
    }

    @Override
    public Icon icon() {
        return Icon.GROUP;
    }
}
