package org.causerie.filetransfer.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.bytestreams.socks5.Socks5BytestreamManager;
import org.jivesoftware.smackx.bytestreams.socks5.packet.Bytestream;
import org.jxmpp.jid.Jid;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Finds the SOCKS5 proxies of an account: the one set for the account, else the
 * server's, discovered through disco (XEP-0065 §4: an item with identity
 * proxy/bytestreams) and asked for their address (§4, "streamhost" query).
 * The discovered list is kept until the session ends.
 */
final class Proxies {

    private static final Logger LOG = System.getLogger(Proxies.class.getName());

    private final XMPPConnection connection;
    private List<ProxyHost> discovered;

    Proxies(XMPPConnection connection) {
        this.connection = connection;
    }

    List<ProxyHost> find(Optional<String> setting) throws InterruptedException {
        if (setting.isPresent() && !setting.get().isBlank()) {
            try {
                Jid[] jidOnly = new Jid[1];
                Optional<ProxyHost> set = ProxyHost.parse(setting.get(), jidOnly);
                if (set.isPresent()) {
                    return List.of(set.get());
                }
                return jidOnly[0] == null ? List.of() : ask(jidOnly[0]);
            } catch (XmppStringprepException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "ignoring the account's proxy setting: " + setting.get(), e);
            }
        }
        synchronized (this) {
            if (discovered == null) {
                discovered = discover();
            }
            return discovered;
        }
    }

    private List<ProxyHost> discover() throws InterruptedException {
        List<ProxyHost> found = new ArrayList<>();
        try {
            for (Jid jid : Socks5BytestreamManager.getBytestreamManager(connection).determineProxies()) {
                found.addAll(ask(jid));
            }
        } catch (SmackException | XMPPException e) {
            LOG.log(Level.INFO, "no SOCKS5 proxy discovered", e);
        }
        return List.copyOf(found);
    }

    private List<ProxyHost> ask(Jid proxy) throws InterruptedException {
        Bytestream query = new Bytestream();
        query.setType(IQ.Type.get);
        query.setTo(proxy);
        try {
            Bytestream answer = connection.createStanzaCollectorAndSend(query).nextResultOrThrow();
            List<ProxyHost> hosts = new ArrayList<>();
            for (Bytestream.StreamHost host : answer.getStreamHosts()) {
                if (host.getPort() > 0) {
                    hosts.add(new ProxyHost(host.getJID(), host.getAddress().toString(), host.getPort()));
                }
            }
            return hosts;
        } catch (SmackException | XMPPException | ClassCastException e) {
            LOG.log(Level.INFO, "proxy " + proxy + " gave no stream host", e);
            return List.of();
        }
    }
}
