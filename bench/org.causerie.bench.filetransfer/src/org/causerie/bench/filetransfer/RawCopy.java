package org.causerie.bench.filetransfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;

/**
 * The reference: the same file from disk through a loopback TCP connection to a
 * file on disk, 256 KiB steps, TCP_NODELAY, no hashing: what a transfer could do
 * at best on this machine.
 */
final class RawCopy {

    private static final int BUFFER = 256 * 1024;

    private RawCopy() {
    }

    /** @return nanoseconds from the first byte read to the last byte written and the copy closed */
    static long copy(Path source, Path target) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            CompletableFuture<Void> receiving = CompletableFuture.runAsync(() -> {
                try (Socket socket = server.accept(); InputStream in = socket.getInputStream();
                        OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE,
                                StandardOpenOption.TRUNCATE_EXISTING)) {
                    pump(in, out);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                    InputStream in = Files.newInputStream(source); OutputStream out = socket.getOutputStream()) {
                socket.setTcpNoDelay(true);
                pump(in, out);
            }
            receiving.get();
            return System.nanoTime() - start;
        }
    }

    /** The same step as the service's copy (StreamCopy, 256 KiB), so the reference is as fast as it gets. */
    private static void pump(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
        }
    }
}
