package org.causerie.chat;

/** How far an outgoing message got. Incoming messages are always {@link #DELIVERED}. */
public enum DeliveryState {
    /** Waiting to be sent (the link is down, or the message is on its way out). */
    QUEUED,
    /** The server has it: its stream management acknowledgement (XEP-0198 §4). */
    SENT,
    /** The recipient's client acknowledged it with a receipt (XEP-0184). */
    DELIVERED,
    /** The server returned an error for it (RFC 6120 §8.3). */
    FAILED
}
