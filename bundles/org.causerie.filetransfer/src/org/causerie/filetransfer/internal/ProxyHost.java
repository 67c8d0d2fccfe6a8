package org.causerie.filetransfer.internal;

import java.util.Optional;

import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/** A SOCKS5 proxy (XEP-0065 §4): its JID and where it listens. */
record ProxyHost(Jid jid, String host, int port) {

    /**
     * @param setting "jid host:port" (seed 003's per-account proxy), or "jid" alone
     * @return the proxy, or only its JID when the address is to be asked
     */
    static Optional<ProxyHost> parse(String setting, Jid[] jidOnly) throws XmppStringprepException {
        String[] parts = setting.trim().split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        Jid jid = JidCreate.from(parts[0]);
        if (parts.length < 2) {
            jidOnly[0] = jid;
            return Optional.empty();
        }
        int colon = parts[1].lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("proxy address is host:port: " + parts[1]);
        }
        return Optional.of(new ProxyHost(jid, parts[1].substring(0, colon),
                Integer.parseInt(parts[1].substring(colon + 1))));
    }
}
