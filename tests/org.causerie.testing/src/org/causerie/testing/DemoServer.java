package org.causerie.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The README's demo server: a private ejabberd with accounts alice and bob (each
 * other's contacts) and a persistent room, started from the command line by
 * {@code product/demo}. Writes what the workbench needs to connect (ports,
 * certificate fingerprint, demo passwords) to a properties file, then runs until
 * the process is stopped.
 *
 * <p>Usage: {@code DemoServer <work dir> <properties file to write>}
 */
public final class DemoServer {

    /** The demo accounts and their passwords, documented in the README. */
    static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("alice", "alice-demo");
        ACCOUNTS.put("bob", "bob-demo");
    }

    private DemoServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DemoServer <work dir> <properties file>");
        }
        EjabberdServer server = EjabberdServer.start(Path.of(args[0]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "demo-server-stop"));
        server.registerAll(ACCOUNTS);
        server.rosters().addPair("alice", "bob");
        server.ctl("create_room", "lobby", server.mucDomain(), server.domain());
        write(server, Path.of(args[1]));
        System.getLogger(DemoServer.class.getName()).log(System.Logger.Level.INFO,
                "demo server ready: " + server);
        stopped.await();
    }

    private static void write(EjabberdServer server, Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("host", server.host());
        properties.setProperty("port", Integer.toString(server.c2sPort()));
        properties.setProperty("fingerprint", server.certificateSha256());
        properties.setProperty("room", "lobby@" + server.mucDomain());
        StringBuilder accounts = new StringBuilder();
        for (Map.Entry<String, String> account : ACCOUNTS.entrySet()) {
            String jid = account.getKey() + "@" + server.domain();
            accounts.append(accounts.length() == 0 ? "" : ",").append(jid);
            properties.setProperty("password." + jid, account.getValue());
        }
        properties.setProperty("accounts", accounts.toString());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "demo", ".properties");
        try (var out = Files.newOutputStream(temp)) {
            properties.store(out, "Causerie demo server (private ejabberd on loopback)");
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
