package org.causerie.ui;

import org.eclipse.swt.widgets.Shell;

/**
 * A tool offered in a room's editor (its tool bar and its room menu), e.g. a
 * shared whiteboard or a poll, contributed as an OSGi service. Room editors track
 * these services, so a tool appears in open editors when its bundle starts and
 * goes when it stops.
 */
public interface RoomToolContribution extends Contribution {

    /** @return whether the tool is offered in this room */
    default boolean appliesTo(RoomRef room) {
        return true;
    }

    /**
     * Runs the tool, on the display thread; long work goes to a background job.
     *
     * @param room the room whose editor it was chosen in
     * @param shell the window to parent dialogs on
     */
    void run(RoomRef room, Shell shell);
}
