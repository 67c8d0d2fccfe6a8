package org.causerie.pubsub;

/** The state of a subscription (XEP-0060 §4.2). */
public enum SubscriptionState {
    SUBSCRIBED,
    PENDING,
    UNCONFIGURED,
    NONE
}
