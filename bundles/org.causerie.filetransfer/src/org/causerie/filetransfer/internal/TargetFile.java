package org.causerie.filetransfer.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.causerie.filetransfer.AcceptRequest;
import org.causerie.filetransfer.ExistingFile;
import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.SafeFileName;
import org.causerie.filetransfer.TransferError;

/**
 * Where an accepted file goes: always a direct child of the chosen folder
 * ({@link SafeFileName}); bytes arrive in a hidden partial file beside it,
 * moved into place only once complete and verified, so an interrupted or
 * refused transfer never leaves a half file under the real name and never
 * replaces an existing file unless the user said so.
 */
final class TargetFile {

    private final Path target;
    private final Path partial;
    private final ExistingFile existing;

    private TargetFile(Path target, Path partial, ExistingFile existing) {
        this.target = target;
        this.partial = partial;
        this.existing = existing;
    }

    /**
     * @param partialKey names the partial file: the same key finds the bytes of an interrupted transfer
     * @throws FileTransferException EXISTS when the file exists and the request says FAIL
     */
    static TargetFile choose(AcceptRequest request, String offeredName, String partialKey)
            throws FileTransferException {
        String name = request.fileName().orElse(offeredName);
        Path folder = request.folder().toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new FileTransferException(TransferError.IO, "cannot create folder " + folder + ": " + e, e);
        }
        Path target = SafeFileName.resolve(folder, name);
        if (Files.exists(target)) {
            switch (request.existing()) {
                case FAIL -> throw new FileTransferException(TransferError.EXISTS, target + " exists");
                case RENAME -> target = free(folder, target.getFileName().toString());
                case REPLACE -> {
                    // replaced once complete
                }
            }
        }
        Path partial = folder.resolve("." + partialKey + ".part");
        return new TargetFile(target, partial, request.existing());
    }

    private static Path free(Path folder, String safeName) {
        for (int n = 1;; n++) {
            Path candidate = folder.resolve(SafeFileName.numbered(safeName, n));
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    Path target() {
        return target;
    }

    Path partial() {
        return partial;
    }

    /** Moves the complete file into place; returns where it landed. */
    Path commit() throws IOException, FileTransferException {
        Path destination = target;
        if (existing == ExistingFile.REPLACE) {
            Files.move(partial, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return destination;
        }
        while (true) {
            try {
                // Files.move without REPLACE_EXISTING fails if the target appeared meanwhile.
                Files.move(partial, destination);
                return destination;
            } catch (FileAlreadyExistsException e) {
                if (existing == ExistingFile.FAIL) {
                    discard();
                    throw new FileTransferException(TransferError.EXISTS, destination + " appeared meanwhile", e);
                }
                destination = free(target.getParent(), target.getFileName().toString());
            }
        }
    }

    /** @return the bytes an interrupted transfer left to resume from: 0 when none (or all, or more) */
    long resumable(long size) {
        try {
            long have = Files.isRegularFile(partial) ? Files.size(partial) : 0;
            return have > 0 && have < size ? have : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    void discard() {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            System.getLogger(TargetFile.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot delete partial file " + partial, e);
        }
    }
}
