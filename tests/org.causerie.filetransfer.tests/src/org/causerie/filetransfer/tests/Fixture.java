package org.causerie.filetransfer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.causerie.filetransfer.FileOffer;
import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.FileTransferService;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferListener;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.sessions.Waiting;
import org.opentest4j.AssertionFailedError;

/** Steps the transfer tests share. */
public final class Fixture {

    private Fixture() {
    }

    public static FileTransferService service() {
        return Services.get(FileTransferService.class);
    }

    /** @return a file of that many random bytes */
    public static Path randomFile(Path dir, String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size * 31L + name.hashCode()).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the transfer error the future fails with; fails the test if it succeeds */
    public static FileTransferException failure(CompletableFuture<?> future, TransferError expected) {
        try {
            Object value = future.get(Waiting.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionFailedError("expected " + expected + " but it succeeded: " + value);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FileTransferException f) {
                assertEquals(expected, f.error(), () -> "error, with message " + f.getMessage());
                return f;
            }
            throw new AssertionFailedError("expected a FileTransferException, got " + e.getCause(), e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            throw new AssertionFailedError("no outcome: " + e, e);
        }
    }

    /** Records the offers made to one account. */
    public static final class Offers implements TransferListener, AutoCloseable {

        private final String accountId;
        private final BlockingQueue<FileOffer> offers = new LinkedBlockingQueue<>();
        private final BlockingQueue<TransferInfo> changes = new LinkedBlockingQueue<>();

        public Offers(String accountId) {
            this.accountId = accountId;
            service().addTransferListener(this);
        }

        @Override
        public void offered(FileOffer offer) {
            if (offer.accountId().equals(accountId)) {
                offers.add(offer);
            }
        }

        @Override
        public void changed(TransferInfo transfer) {
            if (transfer.accountId().equals(accountId)) {
                changes.add(transfer);
            }
        }

        public FileOffer next() {
            try {
                FileOffer offer = offers.poll(Waiting.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                if (offer == null) {
                    fail("no offer reached " + accountId);
                }
                return offer;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionFailedError("interrupted", e);
            }
        }

        /** @return whether no offer came so far (offers are told in order, on the service's event thread) */
        public boolean none() {
            return offers.isEmpty();
        }

        /** @return the next change of that transfer with bytes moved, or fails */
        public TransferInfo nextProgress(String transferId) {
            long deadline = System.currentTimeMillis() + Waiting.TIMEOUT.toMillis();
            try {
                while (System.currentTimeMillis() < deadline) {
                    TransferInfo change = changes.poll(100, TimeUnit.MILLISECONDS);
                    if (change != null && change.id().equals(transferId) && change.transferred() > 0) {
                        return change;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new AssertionFailedError("no progress of " + transferId);
        }

        @Override
        public void close() {
            service().removeTransferListener(this);
        }
    }
}
