package org.causerie.filetransfer.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.causerie.filetransfer.FileTransferService;
import org.causerie.ui.RoomRef;
import org.causerie.ui.RoomToolContribution;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A room editor's "Send File..." tool: each file goes by HTTP upload (XEP-0363)
 * and its link into the room as out-of-band data (XEP-0066), a groupchat message
 * every occupant (and the room's archive) gets.
 */
@Component(service = RoomToolContribution.class)
public final class RoomUploadTool implements RoomToolContribution {

    /** The tool's id. */
    public static final String ID = "org.causerie.filetransfer.ui.room";

    @Reference
    private FileTransferService service;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.action_sendFile;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void run(RoomRef room, Shell shell) {
        FilePicker.choose(shell, room.roomJid()).ifPresent(files -> upload(service, room, files));
    }

    /** Uploads each file and sends its link into the room; the Transfers view and a job follow each. */
    static void upload(FileTransferService service, RoomRef room, List<Path> files) {
        for (Path file : files) {
            service.upload(room.accountId(), room.roomJid(), true, file);
        }
    }
}
