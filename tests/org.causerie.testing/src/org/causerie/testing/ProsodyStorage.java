package org.causerie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files of Prosody's {@code internal} storage for one host: one directory per
 * store, one file per user ({@code .dat} for key-value stores, {@code .list} for
 * archives), names encoded as Prosody's {@code util.datamanager} does.
 *
 * @param hostDir the host's directory under the data directory
 */
record ProsodyStorage(Path hostDir) {

    /** @return the file's Lua text, if the user has that store */
    Optional<String> read(String store, String user) {
        Path dir = hostDir.resolve(encode(store, true));
        for (String extension : List.of(".dat", ".list")) {
            Path file = dir.resolve(encode(user, false) + extension);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        }
        return Optional.empty();
    }

    /** Writes the user's key-value file of that store: {@code return <luaTable>;}. */
    void write(String store, String user, String luaTable) {
        Path dir = hostDir.resolve(encode(store, true));
        Path file = dir.resolve(encode(user, false) + ".dat");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, "return " + luaTable + ";\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Prosody's file names: every byte but ASCII letters and digits as {@code %xx};
     * store names keep their underscores.
     */
    static String encode(String name, boolean store) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || (store && b == '_')) {
                out.append((char) b);
            } else {
                out.append('%').append(String.format("%02x", b & 0xff));
            }
        }
        return out.toString();
    }
}
