package org.causerie.filetransfer.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.causerie.filetransfer.ui.internal.DroppedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What of a drop is sent: readable regular files, in order; folders and missing files are refused. */
class DroppedFilesTest {

    @TempDir
    Path dir;

    @Test
    void foldersAndMissingFilesAreRefusedTheRestSent() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "a");
        Path folder = Files.createDirectory(dir.resolve("photos"));
        Path b = Files.writeString(dir.resolve("b.txt"), "b");
        Path missing = dir.resolve("gone.txt");
        DroppedFiles dropped = DroppedFiles.of(List.of(a, folder, b, missing));
        assertEquals(List.of(a, b), dropped.sendable());
        assertEquals(List.of(folder, missing), dropped.refused());
    }

    @Test
    void nothingDroppedNothingSent() {
        DroppedFiles dropped = DroppedFiles.of(List.of());
        assertEquals(List.of(), dropped.sendable());
        assertEquals(List.of(), dropped.refused());
    }
}
