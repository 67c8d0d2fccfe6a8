package org.causerie.filetransfer.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.causerie.filetransfer.FileTransferService;
import org.causerie.roster.RosterService;
import org.causerie.ui.ContactRef;
import org.causerie.ui.ConversationRef;
import org.causerie.ui.FileDropContribution;
import org.causerie.ui.RoomRef;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Files dropped onto a roster contact or a chat editor are sent as the roster's
 * "Send File..." action sends them ({@link FileSender}); in a chat editor to the
 * resource it sends to now (the interface's default turns the conversation into
 * that contact and resource). Files dropped onto a room editor are uploaded
 * into the room as its "Send File..." tool does ({@link RoomUploadTool}). Taken
 * only for an account whose roster is loaded (connected). Folders and
 * unreadable files are not sent and are named in a message; the other files go
 * anyway.
 */
@Component(service = FileDropContribution.class)
public final class SendFileDrop implements FileDropContribution {

    /** The contribution's id. */
    public static final String ID = "org.causerie.filetransfer.ui.drop";

    @Reference
    private FileTransferService service;
    @Reference
    private RosterService roster;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.drop_label;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean accepts(ContactRef contact) {
        return roster.roster(contact.accountId()).isPresent();
    }

    @Override
    public boolean accepts(ConversationRef conversation) {
        return roster.roster(conversation.accountId()).isPresent();
    }

    @Override
    public boolean accepts(RoomRef room) {
        return roster.roster(room.accountId()).isPresent();
    }

    @Override
    public void drop(ContactRef contact, List<Path> files, Shell shell) {
        sendable(files, shell).ifPresent(sendable -> new FileSender(service, roster).send(contact, sendable));
    }

    @Override
    public void drop(RoomRef room, List<Path> files, Shell shell) {
        sendable(files, shell).ifPresent(sendable -> RoomUploadTool.upload(service, room, sendable));
    }

    /** @return the files that can be sent, if any; the others are named in a warning */
    private static Optional<List<Path>> sendable(List<Path> files, Shell shell) {
        DroppedFiles dropped = DroppedFiles.of(files);
        if (!dropped.refused().isEmpty()) {
            MessageDialog.openWarning(shell, Messages.error_title, NLS.bind(Messages.drop_refused,
                    dropped.refused().stream().map(Path::toString).collect(Collectors.joining("\n"))));
        }
        return Optional.of(dropped.sendable()).filter(s -> !s.isEmpty());
    }
}
