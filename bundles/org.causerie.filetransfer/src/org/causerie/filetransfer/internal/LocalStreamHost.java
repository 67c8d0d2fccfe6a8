package org.causerie.filetransfer.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This client's own SOCKS5 stream host (XEP-0065 §5.3, "direct connection"):
 * the target connects to it and names the session by its digest (§5.3.2, SHA-1
 * of sid + initiator JID + target JID, as the SOCKS5 domain name). Only digests
 * of transfers in progress are answered; anything else is closed. It binds the
 * configured port and, when that is taken (7777 is also many servers' proxy65
 * port), a free one.
 */
final class LocalStreamHost {

    private static final Logger LOG = System.getLogger(LocalStreamHost.class.getName());

    private final Map<String, CompletableFuture<Socket>> expected = new ConcurrentHashMap<>();
    private ServerSocket server;
    private boolean fellBack;

    /** Starts listening if not yet; returns the port. */
    synchronized int start(int preferredPort) throws IOException {
        if (server != null && !server.isClosed()) {
            return server.getLocalPort();
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        try {
            socket.bind(new InetSocketAddress(preferredPort));
            fellBack = false;
        } catch (BindException e) {
            LOG.log(Level.INFO, "SOCKS5 stream host port " + preferredPort + " is taken; using a free one");
            socket.close();
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(0));
            fellBack = true;
        }
        server = socket;
        ServerSocket listening = socket;
        Thread accept = new Thread(() -> acceptLoop(listening), "causerie-socks5-host");
        accept.setDaemon(true);
        accept.start();
        return socket.getLocalPort();
    }

    synchronized int port() {
        return server == null || server.isClosed() ? -1 : server.getLocalPort();
    }

    /** @return whether the preferred port was taken and another one is used */
    synchronized boolean fellBack() {
        return fellBack;
    }

    synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the stream host", e);
            }
            server = null;
        }
        expected.values().forEach(f -> f.cancel(false));
        expected.clear();
    }

    /** @return completes with the target's socket once it connected with this digest */
    CompletableFuture<Socket> expect(String digest) {
        return expected.computeIfAbsent(digest, d -> new CompletableFuture<>());
    }

    void forget(String digest) {
        CompletableFuture<Socket> pending = expected.remove(digest);
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /** @return the addresses to advertise: the interfaces' addresses, IPv4 first, loopback last */
    static List<InetAddress> addresses() {
        List<InetAddress> outside = new ArrayList<>();
        List<InetAddress> loopback = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address.isLinkLocalAddress()) {
                        continue;
                    }
                    (address.isLoopbackAddress() ? loopback : outside).add(address);
                }
            }
        } catch (SocketException e) {
            LOG.log(Level.WARNING, "cannot list network interfaces", e);
        }
        outside.sort((a, b) -> Boolean.compare(!(a instanceof Inet4Address), !(b instanceof Inet4Address)));
        loopback.removeIf(a -> !(a instanceof Inet4Address));
        outside.addAll(loopback);
        return outside;
    }

    private void acceptLoop(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket socket = listening.accept();
                Thread.ofVirtual().name("causerie-socks5-handshake").start(() -> handshake(socket));
            } catch (IOException e) {
                if (!listening.isClosed()) {
                    LOG.log(Level.WARNING, "SOCKS5 stream host accept failed", e);
                }
            }
        }
    }

    /** RFC 1928 server side, no authentication, CONNECT to a domain name (the digest). */
    private void handshake(Socket socket) {
        try {
            socket.setSoTimeout(10_000);
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            if (in.readUnsignedByte() != 5) {
                throw new IOException("not SOCKS5");
            }
            byte[] methods = new byte[in.readUnsignedByte()];
            in.readFully(methods);
            boolean noAuth = false;
            for (byte m : methods) {
                noAuth |= m == 0;
            }
            out.write(new byte[] {5, (byte) (noAuth ? 0 : 0xFF)});
            out.flush();
            if (!noAuth) {
                throw new IOException("client offers no method without authentication");
            }
            byte[] head = new byte[4];
            in.readFully(head);
            if (head[0] != 5 || head[1] != 1 || head[3] != 3) {
                throw new IOException("not a CONNECT to a domain name");
            }
            byte[] name = new byte[in.readUnsignedByte()];
            in.readFully(name);
            in.readUnsignedShort();
            String digest = new String(name, StandardCharsets.US_ASCII);
            CompletableFuture<Socket> waiting = expected.remove(digest);
            byte[] reply = new byte[7 + name.length];
            reply[0] = 5;
            reply[1] = (byte) (waiting == null ? 2 : 0);
            reply[3] = 3;
            reply[4] = (byte) name.length;
            System.arraycopy(name, 0, reply, 5, name.length);
            out.write(reply);
            out.flush();
            if (waiting == null || !waiting.complete(socket)) {
                socket.close();
                return;
            }
            socket.setSoTimeout(0);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "SOCKS5 handshake failed", e);
            try {
                socket.close();
            } catch (IOException ignored) {
                // already broken
            }
        }
    }
}
