package org.causerie.whiteboard.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.whiteboard.internal.sxe.SxeElement;

/**
 * A room's message archive (XEP-0313) as a board reads it: the {@code <sxe/>} elements
 * archived after a given archive id, in the archive's order. The call goes to the
 * network and completes on a store thread; a room that keeps no archive fails it.
 */
interface Archive {

    /**
     * An archived whiteboard element.
     *
     * @param archiveId its id in the archive (XEP-0313 result id, the XEP-0359 stanza-id)
     * @param sender the room nickname that sent it
     */
    record Entry(String archiveId, String sender, SxeElement element) {
    }

    /**
     * What was read.
     *
     * @param entries the whiteboard elements, in archive order
     * @param scanned how many archived messages were read (text messages included)
     * @param complete whether the archive's end was reached (false: stopped at the bound)
     */
    record Read(List<Entry> entries, int scanned, boolean complete) {
        public Read {
            entries = List.copyOf(entries);
        }
    }

    /**
     * @param after the archive id to read after; empty reads from the archive's beginning
     */
    CompletableFuture<Read> after(Optional<String> after);
}
