package org.causerie.pubsub.internal.pep;

import java.util.List;

/** The personal eventing nodes this bundle publishes and follows; each XEP names its node after its namespace. */
final class PepNodes {

    static final String MOOD = "http://jabber.org/protocol/mood";
    static final String ACTIVITY = "http://jabber.org/protocol/activity";
    static final String TUNE = "http://jabber.org/protocol/tune";
    static final String GEOLOC = "http://jabber.org/protocol/geoloc";
    static final String NICK = "http://jabber.org/protocol/nick";
    static final String AVATAR_METADATA = "urn:xmpp:avatar:metadata";
    static final String AVATAR_DATA = "urn:xmpp:avatar:data";

    /** The nodes whose notifications are asked for (XEP-0163 §4). */
    static final List<String> FOLLOWED = List.of(MOOD, ACTIVITY, TUNE, GEOLOC, NICK, AVATAR_METADATA);

    private PepNodes() {
    }
}
