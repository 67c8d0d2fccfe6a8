package org.causerie.ui;

import org.eclipse.swt.widgets.Shell;

/**
 * An action in the roster's context menu ("Send file", "Whiteboard",
 * "Attention", ...), contributed as an OSGi service.
 */
public interface RosterActionContribution extends Contribution {

    /** @return whether the action is offered for this contact (e.g. only when it is online) */
    boolean appliesTo(ContactRef contact);

    /**
     * Runs the action, on the display thread; long work goes to a background job.
     *
     * @param contact the selected contact
     * @param shell the window to parent dialogs on
     */
    void run(ContactRef contact, Shell shell);
}
