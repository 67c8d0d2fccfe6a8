package org.causerie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** Finds free TCP ports on the loopback interface and probes listening ones. */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * Returns {@code count} distinct ports that were free on 127.0.0.1 a moment ago
     * (all sockets are held open together, so no port is returned twice).
     */
    static int[] allocate(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            InetAddress loopback = InetAddress.getByName(EjabberdServer.HOST);
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                sockets.add(socket);
                socket.bind(new InetSocketAddress(loopback, 0));
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free loopback ports", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing to do: the port is released either way
                }
            }
        }
    }

    /** @return whether something accepts TCP connections on 127.0.0.1:{@code port} */
    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(EjabberdServer.HOST, port), 250);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
