package org.causerie.app.internal;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the start-up benchmark ({@code bench/startup}) when the window with the
 * Accounts view is shown. Does nothing unless the system property
 * {@value #PROPERTY} names a file; then writes one line into it:
 * {@code <epoch millis now> <millis since JVM start>}.
 */
public final class StartupMarker {

    /** System property naming the marker file. */
    public static final String PROPERTY = "causerie.startup.marker";

    private static final Logger LOG = System.getLogger(StartupMarker.class.getName());
    private static volatile boolean written;

    private StartupMarker() {
    }

    /** Writes the marker once, if one is asked for. */
    public static void windowShown() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank() || written) {
            return;
        }
        written = true;
        long now = System.currentTimeMillis();
        long sinceJvmStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
        try {
            Files.writeString(Path.of(file), now + " " + sinceJvmStart + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the start-up marker " + file, e);
        }
    }
}
