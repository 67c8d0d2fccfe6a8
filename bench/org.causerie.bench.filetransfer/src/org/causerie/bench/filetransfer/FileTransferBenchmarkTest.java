package org.causerie.bench.filetransfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.XmppSession;
import org.causerie.filetransfer.AcceptRequest;
import org.causerie.filetransfer.ExistingFile;
import org.causerie.filetransfer.FileOffer;
import org.causerie.filetransfer.FileTransferService;
import org.causerie.filetransfer.SendRequest;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferListener;
import org.causerie.filetransfer.TransferMethod;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * One file (100 MiB by default) through {@link FileTransferService} by each
 * method alone, each right after a raw loopback TCP copy of the same file (the
 * same disk, the same run), between two accounts of the harness's ejabberd.
 * "total" runs from send() until the receiver has the file saved and checked
 * (offer, answer, bytestream set-up; for a {@code -md5} variant also the MD5 of the
 * file before the offer and the hashing on arrival); "bytes" from the first to the last byte at the receiver. Prints
 * lines starting with {@code BENCH}; asserts no timings.
 */
@ExtendWith(EjabberdExtension.class)
class FileTransferBenchmarkTest {

    private static final long WAIT_MINUTES = 30;
    /**
     * A variant's suffix: the offer carries the file's MD5 (SendRequest.withHash) for the receiver
     * to check. Without it, the service's default settings: no MD5, the receiver checks the size.
     */
    private static final String MD5 = "-md5";

    @TempDir
    Path dir;

    @Test
    void eachMethodNextToARawCopy(EjabberdServer server) throws Exception {
        int mebibytes = Integer.getInteger("causerie.bench.ftMebibytes", 100);
        int rounds = Integer.getInteger("causerie.bench.ftRounds", 3);
        List<String> variants = List.of(System.getProperty("causerie.bench.ftMethods",
                "SOCKS5_DIRECT,SOCKS5_DIRECT-md5,SOCKS5_PROXY,IBB,HTTP_UPLOAD").split(",")).stream()
                .map(String::trim).toList();
        long size = mebibytes * 1024L * 1024L;
        Path source = randomFile(dir.resolve("source.bin"), size);
        String expected = sha256(source);
        FileTransferService service = service(FileTransferService.class);
        AccountService accounts = service(AccountService.class);
        List<TestAccount> users = TestAccounts.freshAll(server, "ft-a", "ft-b");
        XmppSession a = connect(accounts, server, users.get(0));
        XmppSession b = connect(accounts, server, users.get(1));
        AutoAccept accept = new AutoAccept(service, b.account().id(), dir.resolve("in"));
        service.addTransferListener(accept);
        try {
            // warm-up: every path once with a small file, so no figure carries the JIT's first compilations
            Path small = randomFile(dir.resolve("warm-up.bin"), 4L * 1024 * 1024);
            for (String variant : variants) {
                RawCopy.copy(small, dir.resolve("raw.bin"));
                CompletableFuture<TransferInfo> warm = accept.next();
                transfer(service, variant, a, b, users.get(1), small);
                Files.delete(warm.get(WAIT_MINUTES, TimeUnit.MINUTES).file().orElseThrow());
            }
            line("file transfer of %d MiB on loopback, %d rounds (medians), load %s", mebibytes, rounds, load());
            long[] md5 = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                long begin = System.nanoTime();
                digest(source, "MD5");
                md5[round] = System.nanoTime() - begin;
            }
            // XEP-0096's hash is an MD5 of the whole file, computed by the sender before the offer and
            // by the receiver over what arrives: the floor of a transfer that offers it
            line("MD5 of the file alone, one thread: %s (%s)", seconds(median(md5)), rate(size, median(md5)));
            for (String variant : variants) {
                TransferMethod method = method(variant);
                long[] raw = new long[rounds];
                long[] total = new long[rounds];
                long[] bytes = new long[rounds];
                long[] setUp = new long[rounds];
                long[] put = new long[rounds];
                String check = "";
                for (int round = 0; round < rounds; round++) {
                    raw[round] = RawCopy.copy(source, dir.resolve("raw.bin"));
                    Files.delete(dir.resolve("raw.bin"));
                    Instant start = Instant.now();
                    long begin = System.nanoTime();
                    CompletableFuture<TransferInfo> received = accept.next();
                    TransferInfo sent = transfer(service, variant, a, b, users.get(1), source);
                    TransferInfo in = received.get(WAIT_MINUTES, TimeUnit.MINUTES);
                    total[round] = System.nanoTime() - begin;
                    bytes[round] = nanos(in.moving().orElseThrow(), in.finished().orElseThrow());
                    setUp[round] = nanos(start, in.moving().orElseThrow());
                    if (method == TransferMethod.HTTP_UPLOAD) {
                        put[round] = nanos(sent.moving().orElseThrow(), sent.finished().orElseThrow());
                    }
                    check = sha256(in.file().orElseThrow()).equals(expected) && sent.method().equals(in.method())
                            && in.method().equals(java.util.Optional.of(method))
                            ? "carried by " + method + ", content checked (SHA-256)"
                            : "CONTENT OR METHOD DIFFERS: " + in;
                    Files.delete(in.file().orElseThrow());
                }
                long rawMedian = median(raw);
                line("raw loopback TCP copy (rounds beside %s): %s (%s)", variant, seconds(rawMedian),
                        rate(size, rawMedian));
                if (method == TransferMethod.HTTP_UPLOAD) {
                    line("%s PUT alone: %s (%s) = %s of the raw copy", method, seconds(median(put)),
                            rate(size, median(put)), percent(rawMedian, median(put)));
                }
                line("%s: total %s (%s) = %s of the raw copy; until the first byte %s; bytes %s (%s) = %s; %s",
                        variant, seconds(median(total)), rate(size, median(total)), percent(rawMedian, median(total)),
                        seconds(median(setUp)), seconds(median(bytes)), rate(size, median(bytes)),
                        percent(rawMedian, median(bytes)), check);
            }
        } finally {
            service.removeTransferListener(accept);
            accounts.disconnect(a.account().id()).get(30, TimeUnit.SECONDS);
            accounts.disconnect(b.account().id()).get(30, TimeUnit.SECONDS);
        }
    }

    /** @return the sender's outcome (for an upload: once the PUT is done and the link sent) */
    private static TransferInfo transfer(FileTransferService service, String variant, XmppSession a,
            XmppSession b, TestAccount bob, Path file) throws Exception {
        TransferMethod method = method(variant);
        if (method == TransferMethod.HTTP_UPLOAD) {
            return service.upload(a.account().id(), bob.jid(), false, file).outcome()
                    .get(WAIT_MINUTES, TimeUnit.MINUTES);
        }
        SendRequest stream = SendRequest.of(a.account().id(), b.boundJid(), file).only(method);
        var transfer = service.send(variant.endsWith(MD5) ? stream.withHash() : stream);
        return transfer.outcome().get(WAIT_MINUTES, TimeUnit.MINUTES);
    }

    /** Accepts every offer made to one account into a folder, replacing what is there. */
    private static final class AutoAccept implements TransferListener {
        private final FileTransferService service;
        private final String accountId;
        private final Path folder;
        private volatile CompletableFuture<TransferInfo> current;

        AutoAccept(FileTransferService service, String accountId, Path folder) {
            this.service = service;
            this.accountId = accountId;
            this.folder = folder;
        }

        CompletableFuture<TransferInfo> next() {
            current = new CompletableFuture<>();
            return current;
        }

        @Override
        public void offered(FileOffer offer) {
            if (!offer.accountId().equals(accountId)) {
                return;
            }
            CompletableFuture<TransferInfo> target = current;
            service.accept(offer.id(), AcceptRequest.into(folder).onExisting(ExistingFile.REPLACE)
                    .withOversizeConsent()).outcome().whenComplete((info, failure) -> {
                        if (failure != null) {
                            target.completeExceptionally(failure);
                        } else {
                            target.complete(info);
                        }
                    });
        }
    }

    private static XmppSession connect(AccountService accounts, EjabberdServer server, TestAccount user)
            throws Exception {
        Account account = Account.builder(user.jid()).host(server.host()).port(server.c2sPort())
                .resource("bench-" + user.user()).pinnedCertificate(server.certificateSha256()).build();
        XmppSession session = accounts.connect(account, user.password().toCharArray()).get(30, TimeUnit.SECONDS);
        session.discoverFeatures(account.domain()).get(30, TimeUnit.SECONDS);
        return session;
    }

    private static Path randomFile(Path file, long size) throws Exception {
        Random random = new Random(42);
        byte[] block = new byte[1024 * 1024];
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return digest(file, "SHA-256");
    }

    private static String digest(Path file, String algorithm) throws Exception {
        MessageDigest digest = MessageDigest.getInstance(algorithm);
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static TransferMethod method(String variant) {
        return TransferMethod.valueOf(variant.endsWith(MD5)
                ? variant.substring(0, variant.length() - MD5.length()) : variant);
    }

    private static long nanos(Instant from, Instant to) {
        return Duration.between(from, to).toNanos();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static void line(String format, Object... args) {
        System.out.println("BENCH " + String.format(Locale.ROOT, format, args));
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    private static String rate(long bytes, long nanos) {
        return String.format(Locale.ROOT, "%.1f MB/s", bytes / 1e6 / (nanos / 1e9));
    }

    /** @return the method's throughput as a share of the raw copy's */
    private static String percent(long rawNanos, long methodNanos) {
        return String.format(Locale.ROOT, "%.0f %%", 100.0 * rawNanos / methodNanos);
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(FileTransferBenchmarkTest.class).getBundleContext(), type, null);
        tracker.open();
        T found = tracker.waitForService(30_000);
        if (found == null) {
            throw new IllegalStateException("no " + type.getSimpleName());
        }
        return found;
    }
}
