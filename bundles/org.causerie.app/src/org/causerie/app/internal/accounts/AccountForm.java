package org.causerie.app.internal.accounts;

import java.util.Locale;
import java.util.Optional;

import org.causerie.app.internal.Messages;
import org.causerie.core.Account;
import org.causerie.core.Jids;
import org.causerie.core.TlsPolicy;
import org.eclipse.osgi.util.NLS;

/**
 * What the account dialog's fields hold, as typed, and its validation: the first
 * problem in words, or the account it describes.
 *
 * @param jid the bare JID
 * @param password the password; empty keeps the stored one when editing
 * @param host server host, empty for the domain's own
 * @param port server port, empty for the default
 * @param resource resource, empty for the default
 * @param priority presence priority, -128..127
 * @param tls TLS policy
 * @param autoConnect connect at start-up
 * @param fingerprint SHA-256 of a certificate to trust, empty for none
 */
public record AccountForm(String jid, String password, String host, String port, String resource,
        String priority, TlsPolicy tls, boolean autoConnect, String fingerprint) {

    /**
     * @param passwordRequired whether an empty password is a problem (a new account)
     * @return the first problem, in words
     */
    public Optional<String> problem(boolean passwordRequired) {
        String theJid = jid.strip();
        if (theJid.isEmpty()) {
            return Optional.of(Messages.validation_jidEmpty);
        }
        try {
            Jids.requireBareJid(theJid);
        } catch (IllegalArgumentException e) {
            return Optional.of(NLS.bind(Messages.validation_jidInvalid, theJid));
        }
        if (passwordRequired && password.isEmpty()) {
            return Optional.of(Messages.validation_passwordEmpty);
        }
        if (host.strip().chars().anyMatch(Character::isWhitespace)) {
            return Optional.of(Messages.validation_hostInvalid);
        }
        if (!port.isBlank() && !inRange(port, 1, 65535)) {
            return Optional.of(Messages.validation_portInvalid);
        }
        if (!inRange(priority.isBlank() ? "0" : priority, -128, 127)) {
            return Optional.of(Messages.validation_priorityInvalid);
        }
        if (!fingerprint.isBlank() && !isFingerprint(fingerprint)) {
            return Optional.of(Messages.validation_fingerprintInvalid);
        }
        return Optional.empty();
    }

    /**
     * @param original the account being edited, to keep its id
     * @return the account these fields describe; call only when {@link #problem} is empty
     */
    public Account toAccount(Optional<Account> original) {
        Account.Builder builder = original.map(a -> Account.builder(jid.strip()).id(a.id()))
                .orElseGet(() -> Account.builder(jid.strip()));
        return builder.host(host.strip().isEmpty() ? null : host.strip())
                .port(port.isBlank() ? 0 : Integer.parseInt(port.strip()))
                .resource(resource.strip())
                .priority(priority.isBlank() ? 0 : Integer.parseInt(priority.strip()))
                .tlsPolicy(tls).autoConnect(autoConnect)
                .pinnedCertificate(fingerprint.isBlank() ? null : fingerprint.strip())
                .build();
    }

    private static boolean inRange(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= min && value <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isFingerprint(String text) {
        String hex = text.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return hex.matches("[0-9a-f]{64}");
    }
}
