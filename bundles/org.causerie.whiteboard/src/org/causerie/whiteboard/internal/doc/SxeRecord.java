package org.causerie.whiteboard.internal.doc;

/**
 * One edit record of XEP-0284: {@code new} (§10.5.1), {@code remove} (§10.5.2)
 * or {@code set} (§10.6.1). Immutable.
 */
public sealed interface SxeRecord extends StateItem permits NewRecord, SetRecord, RemoveRecord {

    /** @return the record id it creates or targets */
    String rid();

    /** @return how many characters its attributes hold together (for the size limit) */
    int size();
}
