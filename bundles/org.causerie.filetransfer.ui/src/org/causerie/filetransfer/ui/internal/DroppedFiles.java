package org.causerie.filetransfer.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What was dropped, split into what can be sent (readable regular files) and
 * what cannot (folders, missing or unreadable files), each in the order given.
 *
 * @param sendable the files to send
 * @param refused the rest, to be named to the user
 */
public record DroppedFiles(List<Path> sendable, List<Path> refused) {

    public DroppedFiles {
        sendable = List.copyOf(sendable);
        refused = List.copyOf(refused);
    }

    /** @return the dropped paths split; the file system is read (display thread: a stat per file) */
    public static DroppedFiles of(List<Path> dropped) {
        List<Path> sendable = new ArrayList<>();
        List<Path> refused = new ArrayList<>();
        for (Path path : dropped) {
            (Files.isRegularFile(path) && Files.isReadable(path) ? sendable : refused).add(path);
        }
        return new DroppedFiles(sendable, refused);
    }
}
