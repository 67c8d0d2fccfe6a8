package org.causerie.roster.ui.internal.model;

import java.util.List;

/**
 * One row of the roster tree, immutable, built off the display thread with its
 * text already composed, so showing a row costs the display thread nothing that
 * grows with the roster.
 */
public sealed interface Row permits AccountRow, GroupRow, ContactRow, ResourceRow {

    /** @return identifies the row across rebuilds (expansion and selection follow it) */
    String key();

    /** @return the account the row belongs to */
    String accountId();

    /** @return the text shown */
    String text();

    /** @return the icon shown */
    Icon icon();

    /** @return the rows below it, in display order */
    default List<Row> children() {
        return List.of();
    }
}
