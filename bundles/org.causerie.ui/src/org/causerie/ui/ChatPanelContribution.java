package org.causerie.ui;

import org.eclipse.swt.widgets.Composite;

/**
 * A panel shown beside a conversation in the chat editor (e.g. a shared
 * whiteboard, a transfer list), contributed as an OSGi service. The editor
 * disposes the panel's controls when the contribution goes away.
 */
public interface ChatPanelContribution extends Contribution {

    /** @return whether a panel is offered for this conversation */
    default boolean appliesTo(ConversationRef conversation) {
        return true;
    }

    /**
     * Creates the panel's controls, on the display thread.
     *
     * @param parent the composite to create the controls in (its layout is set by the editor)
     * @param conversation the conversation shown
     */
    void createPanel(Composite parent, ConversationRef conversation);
}
