package org.causerie.pubsub.ui.internal;

import org.causerie.pubsub.Affiliation;
import org.causerie.pubsub.SubscriptionState;

/** Words for the protocol's values. */
public final class Labels {

    private Labels() {
    }

    public static String affiliation(Affiliation affiliation) {
        return switch (affiliation) {
            case OWNER -> Messages.affiliation_owner;
            case PUBLISHER -> Messages.affiliation_publisher;
            case PUBLISH_ONLY -> Messages.affiliation_publishOnly;
            case MEMBER -> Messages.affiliation_member;
            case NONE -> Messages.affiliation_none;
            case OUTCAST -> Messages.affiliation_outcast;
        };
    }

    public static String state(SubscriptionState state) {
        return switch (state) {
            case SUBSCRIBED -> Messages.state_subscribed;
            case PENDING -> Messages.state_pending;
            case UNCONFIGURED -> Messages.state_unconfigured;
            case NONE -> Messages.state_none;
        };
    }
}
