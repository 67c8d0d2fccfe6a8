package org.causerie.core.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Account passwords in Eclipse secure storage (encrypted), never in preferences
 * or logs. The storage's master password is a random key in a file readable by
 * the user only, so the CLI, tests and a workbench without a desktop keyring
 * all work without prompting (see docs/security.md).
 */
final class PasswordStore {

    private static final String KEY = "password";

    private final ISecurePreferences root;

    private PasswordStore(ISecurePreferences root) {
        this.root = root;
    }

    /**
     * @param storage the encrypted storage file
     * @param masterKeyFile the master password file, created (mode 0600) when missing
     */
    static PasswordStore open(Path storage, Path masterKeyFile) throws IOException {
        Files.createDirectories(storage.getParent());
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterKey(masterKeyFile)));
        URL location = storage.toUri().toURL();
        ISecurePreferences prefs = SecurePreferencesFactory.open(location, options);
        if (prefs == null) {
            throw new IOException("secure storage unavailable at " + storage);
        }
        return new PasswordStore(prefs.node("org.causerie.core").node("accounts"));
    }

    synchronized Optional<char[]> get(String accountId) {
        try {
            if (!root.nodeExists(accountId)) {
                return Optional.empty();
            }
            String value = root.node(accountId).get(KEY, null);
            return Optional.ofNullable(value).map(String::toCharArray);
        } catch (StorageException e) {
            throw new IllegalStateException("cannot read secure storage: " + e.getMessage(), e);
        }
    }

    synchronized void put(String accountId, char[] password) {
        try {
            root.node(accountId).put(KEY, new String(password), true);
            root.flush();
        } catch (StorageException | IOException e) {
            throw new IllegalStateException("cannot write secure storage: " + e.getMessage(), e);
        }
    }

    synchronized void remove(String accountId) {
        if (root.nodeExists(accountId)) {
            root.node(accountId).removeNode();
            try {
                root.flush();
            } catch (IOException e) {
                throw new IllegalStateException("cannot write secure storage: " + e.getMessage(), e);
            }
        }
    }

    private static char[] masterKey(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Path temp = Files.createTempFile(file.getParent(), "master", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, Base64.getEncoder().encodeToString(random));
            try {
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                Files.deleteIfExists(temp);
            }
        }
        return Files.readString(file).trim().toCharArray();
    }
}
