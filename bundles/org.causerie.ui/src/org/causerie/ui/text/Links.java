package org.causerie.ui.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which addresses may be opened from a message: only web pages (http, https),
 * given to the desktop's browser, and XMPP URIs (RFC 5122), opened inside
 * Causerie. Nothing else is ever launched: a file:, javascript: or custom-scheme
 * link in a message stays text.
 */
public final class Links {

    /** Schemes handed to the desktop's browser. */
    public static final Set<String> WEB = Set.of("http", "https");
    /** The XMPP URI scheme (RFC 5122), opened as a conversation. */
    public static final String XMPP = "xmpp";

    private Links() {
    }

    /** @return the parsed address when it is a web or XMPP address that may be opened */
    public static Optional<URI> openable(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null) {
                return Optional.empty();
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (WEB.contains(scheme) && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return Optional.of(uri);
            }
            if (XMPP.equals(scheme) && xmppJid(uri).isPresent()) {
                return Optional.of(uri);
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** @return the bare JID an XMPP URI points to ({@code xmpp:user@domain?message}), if it names one */
    public static Optional<String> xmppJid(URI uri) {
        if (!XMPP.equalsIgnoreCase(uri.getScheme())) {
            return Optional.empty();
        }
        String part = uri.getSchemeSpecificPart();
        if (part == null) {
            return Optional.empty();
        }
        if (part.startsWith("//")) {
            // an authority component names the account to use, the path the target (RFC 5122 §2.3)
            int slash = part.indexOf('/', 2);
            part = slash < 0 ? "" : part.substring(slash + 1);
        }
        int query = part.indexOf('?');
        String jid = query < 0 ? part : part.substring(0, query);
        int resource = jid.indexOf('/');
        jid = resource < 0 ? jid : jid.substring(0, resource);
        int at = jid.indexOf('@');
        if (at <= 0 || at == jid.length() - 1 || jid.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        return Optional.of(jid.toLowerCase(Locale.ROOT));
    }

    /**
     * @return the query type of an XMPP URI (RFC 5122 §2.5, e.g. {@code join} in
     *         {@code xmpp:room@service?join}), lower case, if the URI has one
     */
    public static Optional<String> xmppAction(URI uri) {
        return query(uri).map(q -> {
            int semicolon = q.indexOf(';');
            return (semicolon < 0 ? q : q.substring(0, semicolon)).toLowerCase(Locale.ROOT);
        }).filter(a -> !a.isEmpty());
    }

    /**
     * @param key a parameter of the query, e.g. {@code password} in
     *        {@code xmpp:room@service?join;password=secret} (XEP-0147)
     * @return the parameter's value, decoded, if the URI's query has it
     */
    public static Optional<String> xmppParameter(URI uri, String key) {
        Optional<String> query = query(uri);
        if (query.isEmpty()) {
            return Optional.empty();
        }
        String[] pairs = query.get().split(";");
        for (int i = 1; i < pairs.length; i++) {
            int equals = pairs[i].indexOf('=');
            if (equals > 0 && pairs[i].substring(0, equals).equals(key)) {
                return Optional.of(pairs[i].substring(equals + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> query(URI uri) {
        if (!XMPP.equalsIgnoreCase(uri.getScheme()) || uri.getSchemeSpecificPart() == null) {
            return Optional.empty();
        }
        String part = uri.getSchemeSpecificPart();
        int mark = part.indexOf('?');
        return mark < 0 ? Optional.empty() : Optional.of(part.substring(mark + 1));
    }
}
