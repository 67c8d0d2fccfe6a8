package org.causerie.whiteboard.ui.internal;

import org.causerie.ui.RoomRef;
import org.causerie.ui.RoomToolContribution;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The "Whiteboard" tool of room editors: opens the room's board. Present while the
 * workbench's {@link BoardOpener} is (so it leaves with this bundle).
 */
@Component(service = RoomToolContribution.class)
public final class RoomTool implements RoomToolContribution {

    /** The tool's id (its tool item carries it). */
    public static final String ID = "org.causerie.whiteboard.ui.room";

    @Reference
    private BoardOpener opener;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.action_whiteboard;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void run(RoomRef room, Shell shell) {
        opener.openRoom(room.accountId(), room.roomJid());
    }
}
