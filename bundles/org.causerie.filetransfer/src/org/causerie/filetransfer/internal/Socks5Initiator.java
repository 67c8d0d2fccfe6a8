package org.causerie.filetransfer.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferMethod;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.bytestreams.socks5.Socks5Utils;
import org.jivesoftware.smackx.bytestreams.socks5.packet.Bytestream;
import org.jxmpp.jid.Jid;

/**
 * The initiator of a SOCKS5 bytestream (XEP-0065 §5-6): offers this client's own
 * stream host (direct) and/or proxies, waits for the target's choice
 * ({@code streamhost-used}), then takes the direct socket or connects to the
 * proxy and activates it (§6.3.3-6.3.5). Done here, not by Smack's manager, so
 * the caller chooses which hosts to offer and learns which one carried the file.
 */
final class Socks5Initiator {

    /** How long the target may take to try the hosts and answer (Smack's target tries for 10 s). */
    static final long ANSWER_MILLIS = 30_000;
    static final int CONNECT_MILLIS = 10_000;

    private final XMPPConnection connection;
    private final LocalStreamHost local;

    Socks5Initiator(XMPPConnection connection, LocalStreamHost local) {
        this.connection = connection;
        this.local = local;
    }

    /**
     * @param localPort the own stream host's port, or -1 to offer no direct connection
     * @param proxies the proxies to offer after the direct addresses
     */
    OpenStream open(Jid target, String sid, int localPort, List<ProxyHost> proxies)
            throws FileTransferException, InterruptedException {
        Jid self = connection.getUser();
        String digest = Socks5Utils.createDigest(sid, self, target);
        Bytestream request = new Bytestream(sid);
        request.setType(IQ.Type.set);
        request.setTo(target);
        request.setMode(Bytestream.Mode.tcp);
        CompletableFuture<Socket> direct = null;
        if (localPort > 0) {
            for (InetAddress address : LocalStreamHost.addresses()) {
                request.addStreamHost(self, address.getHostAddress(), localPort);
            }
            direct = local.expect(digest);
        }
        proxies.forEach(p -> request.addStreamHost(p.jid(), p.host(), p.port()));
        if (request.countStreamHosts() == 0) {
            throw new FileTransferException(TransferError.NO_METHOD, "no SOCKS5 stream host to offer");
        }
        try {
            Bytestream answer = connection.createStanzaCollectorAndSend(request).nextResultOrThrow(ANSWER_MILLIS);
            Jid used = answer.getUsedHost() == null ? null : answer.getUsedHost().getJID();
            if (used != null && used.equals(self) && direct != null) {
                Socket socket = direct.get(CONNECT_MILLIS, TimeUnit.MILLISECONDS);
                return stream(TransferMethod.SOCKS5_DIRECT, socket);
            }
            for (ProxyHost proxy : proxies) {
                if (proxy.jid().equals(used)) {
                    return viaProxy(proxy, target, sid, digest);
                }
            }
            throw new FileTransferException(TransferError.NO_METHOD, "target used an unknown stream host: " + used);
        } catch (XMPPException.XMPPErrorException e) {
            throw new FileTransferException(TransferError.NO_METHOD,
                    "target could not connect to any SOCKS5 stream host: " + e.getStanzaError(), e);
        } catch (SmackException e) {
            throw new FileTransferException(TransferError.TIMEOUT, "no SOCKS5 answer: " + e.getMessage(), e);
        } catch (ExecutionException | TimeoutException | IOException e) {
            throw new FileTransferException(TransferError.NO_METHOD, "SOCKS5 connection failed: " + e, e);
        } finally {
            if (direct != null) {
                local.forget(digest);
            }
        }
    }

    private OpenStream viaProxy(ProxyHost proxy, Jid target, String sid, String digest)
            throws IOException, InterruptedException, SmackException, XMPPException.XMPPErrorException {
        Socket socket = Socks5Client.connect(proxy.host(), proxy.port(), digest, CONNECT_MILLIS);
        try {
            Bytestream activate = new Bytestream(sid);
            activate.setMode(null);
            activate.setType(IQ.Type.set);
            activate.setTo(proxy.jid());
            activate.setToActivate(target);
            connection.createStanzaCollectorAndSend(activate).nextResultOrThrow();
            return stream(TransferMethod.SOCKS5_PROXY, socket);
        } catch (IOException | InterruptedException | SmackException | XMPPException.XMPPErrorException e) {
            socket.close();
            throw e;
        }
    }

    static OpenStream stream(TransferMethod method, Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return new OpenStream(method, socket.getInputStream(), socket.getOutputStream(), socket);
    }
}
