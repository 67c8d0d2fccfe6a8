package org.causerie.bench.muc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * Samples the display thread's native and Java stacks with Linux {@code perf} during
 * the session's first join, when {@code -Dcauserie.bench.perf=FILE} names where the
 * recording goes ({@code perf report -i FILE}; Java frames are named with
 * {@code -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit}). What GTK, Pango and
 * cairo do inside a stall shows there, below the Java frames {@link org.causerie.testing.workbench.StallStacks} sees;
 * the samples' times are the monotonic clock's, {@link System#nanoTime()}'s, so a
 * stall's samples are {@code perf report --time START,END} with the times the STALL
 * lines give.
 */
final class PerfRecord implements AutoCloseable {

    static final String FILE = System.getProperty("causerie.bench.perf", "");

    private final Process process;

    private PerfRecord(Process process) {
        this.process = process;
    }

    /** Starts recording the display thread, or does nothing without the property. */
    static PerfRecord start(Display display) throws IOException, InterruptedException {
        if (FILE.isEmpty()) {
            return new PerfRecord(null);
        }
        String[] tid = new String[1];
        display.syncExec(() -> {
            try {
                tid[0] = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Process perf = new ProcessBuilder("perf", "record", "-k", "CLOCK_MONOTONIC", "-F", "2999", "-g", "-t", tid[0], "-o", FILE)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(300); // perf attaches
        return new PerfRecord(perf);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            } catch (IOException e) {
                process.destroy();
            }
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
