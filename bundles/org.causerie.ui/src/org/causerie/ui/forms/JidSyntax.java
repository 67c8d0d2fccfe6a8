package org.causerie.ui.forms;

import java.nio.charset.StandardCharsets;

/**
 * Whether text has the shape of a JID ({@code [local@]domain[/resource]}, RFC 7622
 * §3): what a form can check before sending; the server has the last word on
 * the rest (stringprep, whether the domain exists). Pure and thread-safe.
 */
public final class JidSyntax {

    /** Longest part in bytes (RFC 7622 §3.2-§3.4). */
    static final int MAX_PART = 1023;
    /** Characters a localpart must not hold (RFC 7622 §3.3.1). */
    private static final String LOCAL_FORBIDDEN = "\"&'/:<>@";

    private JidSyntax() {
    }

    /** @return whether the text is a bare or full JID, or a domain */
    public static boolean valid(String text) {
        if (text == null || text.isEmpty() || text.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        int slash = text.indexOf('/');
        String bare = slash < 0 ? text : text.substring(0, slash);
        // a resource may hold spaces (RFC 7622 §3.4), a localpart or domain may not
        if (bare.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (slash >= 0 && !partOk(text.substring(slash + 1))) {
            return false;
        }
        int at = bare.indexOf('@');
        String domain = at < 0 ? bare : bare.substring(at + 1);
        if (at >= 0) {
            String local = bare.substring(0, at);
            if (!partOk(local) || local.chars().anyMatch(c -> LOCAL_FORBIDDEN.indexOf(c) >= 0)) {
                return false;
            }
        }
        return partOk(domain) && domain.indexOf('@') < 0 && !domain.startsWith(".") && !domain.endsWith("..")
                && !domain.contains("..");
    }

    private static boolean partOk(String part) {
        return !part.isEmpty() && part.getBytes(StandardCharsets.UTF_8).length <= MAX_PART;
    }
}
