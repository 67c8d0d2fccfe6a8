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

    /**
     * Whether a payload that arrived is kept: a plugin that ignores some of its
     * elements (from strangers, say) keeps them out of the conversation as well.
     * Called on the session's delivery thread: be quick, do not block.
     *
     * @param accountId the receiving account
     * @param fromJid the sender's JID as the stanza gave it (full or bare)
     * @param payload a payload in one of {@link #payloadNamespaces()}
     * @return true to keep it (the default)
     */
    default boolean keep(String accountId, String fromJid, Payload payload) {
        return true;
    }
}
