package org.causerie.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

/**
 * Takes files dragged from the desktop onto a contact in the roster, onto a
 * chat editor or onto a room editor (e.g. file transfer sends or uploads them),
 * contributed as an OSGi service. The roster view and the editors ask the
 * contributions in order ({@link #order()}) and give the drop to the first that
 * accepts; when none does, the files are refused ({@code DND.DROP_NONE}).
 */
public interface FileDropContribution extends Contribution {

    /** @return whether files dropped onto this roster contact are taken (display thread, often: keep it cheap) */
    boolean accepts(ContactRef contact);

    /** @return whether files dropped onto this conversation's editor are taken (display thread, often) */
    default boolean accepts(ConversationRef conversation) {
        return false;
    }

    /** @return whether files dropped onto this room's editor are taken (display thread, often) */
    default boolean accepts(RoomRef room) {
        return false;
    }

    /**
     * Takes files dropped onto a roster contact, on the display thread; long
     * work goes to a background job.
     *
     * @param contact the contact (with the resource when a resource was the target)
     * @param files the dropped files and folders, as the desktop gave them
     * @param shell the window to parent dialogs on
     */
    void drop(ContactRef contact, List<Path> files, Shell shell);

    /**
     * Takes files dropped onto a chat editor, on the display thread.
     *
     * @param conversation the editor's conversation
     * @param resource the peer's resource the editor sends to now, when one is chosen
     * @param files the dropped files and folders, as the desktop gave them
     * @param shell the window to parent dialogs on
     */
    default void drop(ConversationRef conversation, Optional<String> resource, List<Path> files, Shell shell) {
        drop(new ContactRef(conversation.accountId(), conversation.peerBareJid(), resource), files, shell);
    }

    /**
     * Takes files dropped onto a room editor, on the display thread; called only
     * when {@link #accepts(RoomRef)} said yes (the default takes nothing).
     *
     * @param room the editor's room
     * @param files the dropped files and folders, as the desktop gave them
     * @param shell the window to parent dialogs on
     */
    default void drop(RoomRef room, List<Path> files, Shell shell) {
        // a contribution that accepts no room is never given one
    }
}
