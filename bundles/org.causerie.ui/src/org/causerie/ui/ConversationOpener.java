package org.causerie.ui;

import java.util.Optional;

/**
 * Opens the editor of a one-to-one conversation, or brings it to the front when
 * it is open already, as an OSGi service (the chat UI provides it; the roster
 * view and plugins call it). Call it on the display thread.
 */
public interface ConversationOpener {

    /**
     * @param conversation the account and the peer's bare JID
     * @param resource the peer's resource to address, or empty to let the server route
     *        messages to the bare JID
     */
    void open(ConversationRef conversation, Optional<String> resource);
}
