package org.causerie.core;

import java.util.Locale;

/**
 * Light JID checks for the API boundary (RFC 7622): full validation happens when
 * a session parses the address.
 */
public final class Jids {

    private Jids() {
    }

    /**
     * @param jid the address to check
     * @return the JID, unchanged
     * @throws IllegalArgumentException when it is not of the form {@code local@domain}
     */
    public static String requireBareJid(String jid) {
        if (jid == null) {
            throw new IllegalArgumentException("JID is missing");
        }
        int at = jid.indexOf('@');
        if (at <= 0 || at == jid.length() - 1 || jid.indexOf('/') >= 0 || jid.indexOf('@', at + 1) >= 0
                || jid.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a bare JID (user@domain): " + jid);
        }
        return jid;
    }

    /**
     * @param fullOrBare a JID with or without resource
     * @return the JID without its resource
     */
    public static String bare(String fullOrBare) {
        int slash = fullOrBare.indexOf('/');
        return slash < 0 ? fullOrBare : fullOrBare.substring(0, slash);
    }

    /**
     * @param fingerprint SHA-256 fingerprint, hex with or without colons, any case
     * @return lowercase hex without separators
     */
    public static String normalizeFingerprint(String fingerprint) {
        String hex = fingerprint.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint: " + fingerprint);
        }
        return hex;
    }
}
