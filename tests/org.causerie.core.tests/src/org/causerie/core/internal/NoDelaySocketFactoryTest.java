package org.causerie.core.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

class NoDelaySocketFactoryTest {

    @Test
    void everySocketHasNagleOff() throws Exception {
        NoDelaySocketFactory factory = new NoDelaySocketFactory();
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                Socket unconnected = factory.createSocket();
                Socket connected = factory.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertTrue(unconnected.getTcpNoDelay(), "the socket Smack connects itself");
            assertTrue(connected.getTcpNoDelay());
            assertTrue(connected.getKeepAlive());
        }
    }
}
