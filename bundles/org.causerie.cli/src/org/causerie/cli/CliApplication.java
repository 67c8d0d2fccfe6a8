package org.causerie.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.causerie.cli.internal.Usage;
import org.causerie.core.AccountService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Equinox application {@code org.causerie.cli.cli}: waits for the core's
 * {@link AccountService} (Declarative Services must be running), runs
 * {@link CliMain} on the process's standard streams and returns its exit code.
 * SIGTERM ends a running {@code listen} cleanly.
 */
public final class CliApplication implements IApplication {

    private static final long SERVICE_WAIT_MS = 10_000;
    private static final long SHUTDOWN_GRACE_MS = 5_000;

    private volatile CliMain running;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        quietLogging(Arrays.asList(args).contains("--verbose"));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (Arrays.asList(args).contains("--help")) {
            out.print(Usage.TEXT);
            out.flush();
            return 0;
        }
        AccountService accounts = accountService();
        if (accounts == null) {
            err.println("causerie-cli: the core services did not start within " + SERVICE_WAIT_MS / 1000
                    + " s (Declarative Services, org.apache.felix.scr, must be started)");
            return 1;
        }
        CliMain main = new CliMain(accounts);
        running = main;
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            main.stop();
            awaitQuietly(finished);
        }, "causerie-cli-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return main.run(args, out, err);
        } finally {
            finished.countDown();
            running = null;
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for us
            }
        }
    }

    @Override
    public void stop() {
        CliMain main = running;
        if (main != null) {
            main.stop();
        }
    }

    private static AccountService accountService() throws InterruptedException {
        BundleContext bundleContext = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        ServiceTracker<AccountService, AccountService> tracker = new ServiceTracker<>(bundleContext,
                AccountService.class, null);
        tracker.open();
        return tracker.waitForService(SERVICE_WAIT_MS);
    }

    /** Connection events are logged at INFO; a command line only reports failures, itself. */
    private static void quietLogging(boolean verbose) {
        Logger root = Logger.getLogger("");
        Level level = verbose ? Level.INFO : Level.SEVERE;
        root.setLevel(level);
        Arrays.stream(root.getHandlers()).forEach(h -> h.setLevel(level));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(SHUTDOWN_GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
