package org.causerie.core.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/** The JDK's TLS sockets, each offering the cipher suites in a given order. */
final class OrderedSocketFactory extends SSLSocketFactory {

    private final SSLSocketFactory real;
    private final String[] order;

    OrderedSocketFactory(SSLSocketFactory real, String[] order) {
        this.real = real;
        this.order = order.clone();
    }

    private Socket ordered(Socket socket) {
        if (socket instanceof SSLSocket tls) {
            tls.setEnabledCipherSuites(order);
        }
        return socket;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return order.clone();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return real.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
        return ordered(real.createSocket());
    }

    @Override
    public Socket createSocket(Socket plain, String host, int port, boolean autoClose) throws IOException {
        return ordered(real.createSocket(plain, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return ordered(real.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
        return ordered(real.createSocket(host, port, local, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return ordered(real.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress local, int localPort) throws IOException {
        return ordered(real.createSocket(address, port, local, localPort));
    }
}
