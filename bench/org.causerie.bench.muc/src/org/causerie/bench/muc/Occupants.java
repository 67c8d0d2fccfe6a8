package org.causerie.bench.muc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The room's other occupants, in a JVM of their own ({@link OccupantsMain}, on the
 * class path of Smack's jars and this bundle's classes, taken from the running
 * framework): their accounts registered here in one batch, then the room made and
 * filled there. Its {@code BENCH} lines are passed on. Closing it ends their
 * sessions.
 */
final class Occupants implements AutoCloseable {

    private final Process process;
    private final CompletableFuture<Integer> ready = new CompletableFuture<>();

    /** @return the occupants' JVM */
    ProcessHandle process() {
        return process.toHandle();
    }

    private Occupants(Process process) {
        this.process = process;
        Thread pump = new Thread(this::pump, "bench-occupants-output");
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Registers the accounts, starts the occupants' JVM and waits until they are in the room.
     *
     * @return the running occupants, with {@link #seenByOwner()} known
     */
    static Occupants start(EjabberdServer server, String room, int occupants, int messages) throws Exception {
        String[] bases = new String[occupants];
        java.util.Arrays.fill(bases, "occupant");
        long start = System.nanoTime();
        List<TestAccount> accounts = TestAccounts.freshAll(server, bases);
        System.out.printf("BENCH muc set-up: %d accounts registered in %.0f ms%n", occupants,
                (System.nanoTime() - start) / 1e6);
        Properties setup = new Properties();
        setup.setProperty("host", server.host());
        setup.setProperty("port", Integer.toString(server.plainC2sPort()));
        setup.setProperty("domain", server.domain());
        setup.setProperty("room", room);
        setup.setProperty("messages", Integer.toString(messages));
        for (int i = 0; i < accounts.size(); i++) {
            setup.setProperty("user." + i, accounts.get(i).user());
            setup.setProperty("password." + i, accounts.get(i).password());
        }
        Path file = server.workDir().resolve("bench-occupants.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            setup.store(out, "bench/muc occupants");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = classPath();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", classPath, OccupantsMain.class.getName(),
                file.toString()).redirectErrorStream(true).start();
        Occupants started = new Occupants(process);
        try {
            started.ready.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            started.close();
            throw new IllegalStateException("the occupants' JVM did not get ready; its class path: " + classPath, e);
        }
        return started;
    }

    /** @return how many occupants the owner's session saw in the room when ready */
    int seenByOwner() {
        return ready.join();
    }

    private void pump() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("READY ")) {
                    ready.complete(Integer.parseInt(line.substring(6).trim()));
                } else if (line.startsWith("BENCH ")) {
                    System.out.println(line);
                } else {
                    System.err.println("occupants: " + line);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        try {
            ready.completeExceptionally(new IllegalStateException("the occupants' JVM ended, exit "
                    + process.waitFor()));
        } catch (InterruptedException e) {
            ready.completeExceptionally(e);
        }
    }

    /** Smack's and jxmpp's jars and this bundle's classes, where the framework runs them from. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        Bundle self = FrameworkUtil.getBundle(Occupants.class);
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            String location = bundle.getLocation();
            if (location.matches(".*/org/(igniterealtime/smack|jxmpp|minidns)/.*\\.jar")) {
                entries.add(path(location).toString());
            }
        }
        Path fragment = path(ownLocation());
        Path classes = fragment.resolve("target/classes");
        entries.add((Files.isDirectory(classes) ? classes : fragment).toString());
        return String.join(java.io.File.pathSeparator, new ArrayList<>(entries));
    }

    /** @return this fragment's location (the host's bundle runs its classes) */
    private static String ownLocation() {
        for (Bundle bundle : FrameworkUtil.getBundle(Occupants.class).getBundleContext().getBundles()) {
            if ("org.causerie.bench.muc".equals(bundle.getSymbolicName())) {
                return bundle.getLocation();
            }
        }
        throw new IllegalStateException("bundle org.causerie.bench.muc not installed");
    }

    /**
     * @return the file of a location such as {@code initial@reference:file:../x.jar}
     *         (relative to the framework's install area)
     */
    private static Path path(String location) {
        int file = location.indexOf("file:");
        if (file < 0) {
            throw new IllegalStateException("not a file location: " + location);
        }
        Path path = Path.of(location.substring(file + "file:".length()));
        if (path.isAbsolute()) {
            return path;
        }
        String area = FrameworkUtil.getBundle(Occupants.class).getBundleContext().getProperty("osgi.install.area");
        if (area == null) {
            throw new IllegalStateException("a relative location without osgi.install.area: " + location);
        }
        return Path.of(java.net.URI.create(area)).resolve(path).normalize();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
