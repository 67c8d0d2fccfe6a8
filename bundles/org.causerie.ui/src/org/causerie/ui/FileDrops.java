package org.causerie.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * What a drop target that takes files for {@link FileDropContribution}s
 * decides: which contribution gets the files, which operation to show, and the
 * files themselves out of {@link FileTransfer}'s data.
 */
public final class FileDrops {

    private FileDrops() {
    }

    /** @return the first contribution (in the given order) that accepts files dropped onto the contact */
    public static Optional<FileDropContribution> forContact(List<FileDropContribution> contributions,
            ContactRef contact) {
        return contributions.stream().filter(c -> c.accepts(contact)).findFirst();
    }

    /** @return the first contribution (in the given order) that accepts files dropped onto the conversation */
    public static Optional<FileDropContribution> forConversation(List<FileDropContribution> contributions,
            ConversationRef conversation) {
        return contributions.stream().filter(c -> c.accepts(conversation)).findFirst();
    }

    /** @return the first contribution (in the given order) that accepts files dropped onto the room */
    public static Optional<FileDropContribution> forRoom(List<FileDropContribution> contributions, RoomRef room) {
        return contributions.stream().filter(c -> c.accepts(room)).findFirst();
    }

    /**
     * @param accepted whether a contribution takes the files
     * @param allowed the operations the drag source allows ({@link DropTargetEvent#operations})
     * @return {@link DND#DROP_COPY} when accepted and the source allows copying (files are
     *         never moved nor linked: the sender keeps its file), else {@link DND#DROP_NONE}
     */
    public static int operation(boolean accepted, int allowed) {
        return accepted && (allowed & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
    }

    /** @return the offered type that carries files, if the drag offers files */
    public static Optional<TransferData> fileType(TransferData[] offered) {
        if (offered == null) {
            return Optional.empty();
        }
        for (TransferData type : offered) {
            if (FileTransfer.getInstance().isSupportedType(type)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Makes the event's current type the file type when the drag offers files.
     *
     * @return whether the drag offers files
     */
    public static boolean chooseFiles(DropTargetEvent event) {
        Optional<TransferData> type = fileType(event.dataTypes);
        type.ifPresent(t -> event.currentDataType = t);
        return type.isPresent();
    }

    /** @return the paths in {@link FileTransfer}'s data (a {@code String[]}), blank and invalid ones left out */
    public static List<Path> paths(Object data) {
        List<Path> paths = new ArrayList<>();
        if (data instanceof String[] names) {
            for (String name : names) {
                if (name != null && !name.isBlank()) {
                    try {
                        paths.add(Path.of(name));
                    } catch (InvalidPathException e) {
                        // not a file of this system: nothing to send
                    }
                }
            }
        }
        return List.copyOf(paths);
    }
}
