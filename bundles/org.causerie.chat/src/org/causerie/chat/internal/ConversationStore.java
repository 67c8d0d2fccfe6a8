package org.causerie.chat.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causerie.chat.ConversationId;

/**
 * Append-only JSON-lines files, one per conversation, in one directory (format:
 * see package-info). Thread-safe; writes are buffered until {@link #flush()}.
 */
final class ConversationStore implements AutoCloseable {

    private static final Logger LOG = System.getLogger(ConversationStore.class.getName());
    static final String SUFFIX = ".jsonl";
    /** Only the end of a longer file is read back: the history shown is bounded anyway. */
    static final long MAX_READ_BYTES = 32L * 1024 * 1024;

    private final Path directory;
    private final Map<ConversationId, Writer> writers = new HashMap<>();

    ConversationStore(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    Path directory() {
        return directory;
    }

    /** @return a name safe on every file system, whatever characters the JIDs hold */
    static String fileName(ConversationId id) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((id.accountId() + '\n' + id.peer()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash) + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** @return the conversations stored, read from each file's header line */
    synchronized List<ConversationId> list() {
        List<ConversationId> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                try (BufferedReader reader = reader(file, 0)) {
                    String first = reader.readLine();
                    Optional<ConversationId> id = first == null ? Optional.empty()
                            : MessageRecords.fromHeader(Json.read(first));
                    id.filter(c -> fileName(c).equals(file.getFileName().toString())).ifPresent(found::add);
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "unreadable conversation file " + file + ": " + e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + directory + ": " + e);
        }
        return found;
    }

    /** @return the lines after the header (only those in the last {@value #MAX_READ_BYTES} bytes), oldest first */
    synchronized List<Map<String, Object>> load(ConversationId id) {
        flushQuietly(writers.get(id));
        Path file = directory.resolve(fileName(id));
        List<Map<String, Object>> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            return lines;
        }
        try {
            long size = Files.size(file);
            long start = Math.max(0, size - MAX_READ_BYTES);
            try (BufferedReader reader = reader(file, start)) {
                // The first line is the header, or a partial line when reading from the middle.
                reader.readLine();
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    try {
                        lines.add(Json.read(line));
                    } catch (RuntimeException e) {
                        // A line torn by a crash: skip it, keep the rest.
                        LOG.log(Level.DEBUG, () -> "skipping a malformed line in " + file);
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read " + file + ": " + e);
        }
        return lines;
    }

    synchronized void append(ConversationId id, Map<String, Object> line) {
        try {
            Writer writer = writers.get(id);
            if (writer == null) {
                writer = open(id);
                writers.put(id, writer);
            }
            writer.write(Json.write(line));
            writer.write('\n');
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the history of " + id + ": " + e);
        }
    }

    private Writer open(ConversationId id) throws IOException {
        Path file = directory.resolve(fileName(id));
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        Writer writer = new BufferedWriter(Channels.newWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND), StandardCharsets.UTF_8), 64 * 1024);
        if (fresh) {
            writer.write(Json.write(MessageRecords.header(id)));
            writer.write('\n');
        }
        return writer;
    }

    synchronized void flush() {
        writers.values().forEach(ConversationStore::flushQuietly);
    }

    @Override
    public synchronized void close() {
        for (Writer writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot close a conversation file: " + e);
            }
        }
        writers.clear();
    }

    private static void flushQuietly(Writer writer) {
        if (writer == null) {
            return;
        }
        try {
            writer.flush();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write a conversation file: " + e);
        }
    }

    private static BufferedReader reader(Path file, long start) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(start);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(Channels.newReader(channel, decoder, -1), 64 * 1024);
    }
}
