package org.causerie.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A message stanza carrying text (RFC 6121 §5).
 *
 * @param id stanza id, used to recognise a message delivered twice
 * @param from sender's JID
 * @param to recipient's JID
 * @param type chat, normal, groupchat, headline
 * @param body text body
 * @param timestamp when it was sent (delay stamp, XEP-0203) or received
 * @param delayed whether it carried a delay stamp (offline storage, XEP-0160/0203)
 */
public record XmppMessage(String id, String from, String to, String type, String body, Instant timestamp,
        boolean delayed) {

    public XmppMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
