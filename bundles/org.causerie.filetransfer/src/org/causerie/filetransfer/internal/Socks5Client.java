package org.causerie.filetransfer.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The initiator's side of a SOCKS5 proxy connection (XEP-0065 §6.3.3): RFC 1928
 * without authentication, CONNECT to the digest as a domain name, port 0.
 */
final class Socks5Client {

    private Socks5Client() {
    }

    static Socket connect(String host, int port, String digest, int timeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write(new byte[] {5, 1, 0});
            out.flush();
            if (in.readUnsignedByte() != 5 || in.readUnsignedByte() != 0) {
                throw new IOException("proxy refused SOCKS5 without authentication");
            }
            byte[] name = digest.getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[7 + name.length];
            request[0] = 5;
            request[1] = 1;
            request[3] = 3;
            request[4] = (byte) name.length;
            System.arraycopy(name, 0, request, 5, name.length);
            out.write(request);
            out.flush();
            byte[] head = new byte[4];
            in.readFully(head);
            if (head[0] != 5 || head[1] != 0) {
                throw new IOException("proxy refused the connection: reply " + head[1]);
            }
            skipAddress(in, head[3]);
            socket.setSoTimeout(0);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static void skipAddress(DataInputStream in, int type) throws IOException {
        int length = switch (type) {
            case 1 -> 4;
            case 4 -> 16;
            case 3 -> in.readUnsignedByte();
            default -> throw new IOException("unknown address type " + type);
        };
        in.readFully(new byte[length]);
        in.readUnsignedShort();
    }
}
