package org.causerie.whiteboard.internal;

import java.util.List;

import org.causerie.whiteboard.internal.sxe.SxeElement;

/** How a board reaches the others: a room, or the other party of a one-to-one session. */
interface Channel {

    /** @return how the session names us: our room nickname, or our full JID */
    String self();

    /** @return whether we order the session (the host of a one-to-one session): own edits are final at once, others' are echoed */
    boolean orders();

    /** Sends to everyone in the session (a room's groupchat, or the other party). */
    void broadcast(SxeElement element);

    /** Sends to one participant (XEP-0284 §8: offers, accept, refuse, state). */
    void direct(String to, SxeElement element);

    /** @return the full name to put in document-end's last-sender for a sender named so */
    String qualify(String sender);

    /** @return the others present now (room occupants, or the other party) */
    List<String> others();
}
