package org.causerie.pubsub;

/** Why a publish-subscribe request failed, in terms a person can act on (XEP-0060 error cases). */
public enum PubSubError {
    /** The account is not connected. */
    NOT_CONNECTED,
    /** The node or item does not exist ({@code item-not-found}). */
    NOT_FOUND,
    /** A node with that name exists already ({@code conflict}, §8.1.1). */
    CONFLICT,
    /** The user may not do this ({@code forbidden}, {@code not-authorized}, {@code not-allowed}). */
    FORBIDDEN,
    /** The service does not support this ({@code feature-not-implemented}, {@code service-unavailable}). */
    NOT_SUPPORTED,
    /** The service refused the payload or a value ({@code bad-request}, {@code not-acceptable}). */
    BAD_REQUEST,
    /** The service did not answer. */
    NO_RESPONSE,
    /** Any other error; the message tells the server's words. */
    OTHER
}
