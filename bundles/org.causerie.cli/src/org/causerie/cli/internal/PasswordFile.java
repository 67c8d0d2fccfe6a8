package org.causerie.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads the password: the first line of a UTF-8 file. Kept in a char array that
 * the caller clears; never a String, never printed.
 */
public final class PasswordFile {

    private PasswordFile() {
    }

    /**
     * @param file the {@code --password-file} option
     * @return the password characters
     * @throws UsageException when the option is missing or the file unreadable or empty
     */
    public static char[] read(Optional<Path> file) throws UsageException {
        Path path = file.orElseThrow(() -> new UsageException("--password-file is required"));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UsageException("password file " + path + " does not exist");
        } catch (IOException e) {
            throw new UsageException("cannot read password file " + path + ": " + e.getMessage());
        }
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new UsageException("password file " + path + " is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        int end = 0;
        while (end < chars.length() && chars.get(end) != '\n' && chars.get(end) != '\r') {
            end++;
        }
        char[] password = new char[end];
        chars.get(password, 0, end);
        chars.clear();
        while (chars.hasRemaining()) {
            chars.put('\0');
        }
        if (password.length == 0) {
            throw new UsageException("password file " + path + " is empty (the password is its first line)");
        }
        return password;
    }
}
