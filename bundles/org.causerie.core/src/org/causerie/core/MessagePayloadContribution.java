package org.causerie.core;

import java.util.Set;

/**
 * Asks the chat and room services to keep some extension elements of the
 * messages they receive, as {@link Payload}s, so that a plugin can show them
 * (through a message renderer of the UI). A message that has no body but
 * carries such a payload (e.g. an XEP-0224 attention headline) is kept as a
 * message of the conversation too; without this contribution it is not.
 * Registered as an OSGi service (a DS component); the namespaces apply to
 * messages received while it is registered.
 */
public interface MessagePayloadContribution {

    /** @return the namespaces of the elements to keep, e.g. {@code urn:xmpp:attention:0} */
    Set<String> payloadNamespaces();
}
