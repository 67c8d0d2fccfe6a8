package org.causerie.bench.muc;

import java.time.Duration;
import java.util.Optional;

import org.causerie.testing.EjabberdServer;

/**
 * The CPU time of the benchmark's other processes, which share the machine's cores
 * with the workbench during a join: ejabberd and the occupants' JVM (a real room's
 * server and occupants run elsewhere). Read from the system, so the load does not
 * change it; ticks of 10 ms.
 */
final class OtherCpu {

    private final Optional<ProcessHandle> ejabberd;
    private final ProcessHandle occupants;

    OtherCpu(EjabberdServer server, ProcessHandle occupants) {
        this.ejabberd = server.process();
        this.occupants = occupants;
    }

    /** @return a mark to measure from */
    long[] now() {
        return new long[] { cpu(ejabberd), cpu(Optional.of(occupants)) };
    }

    /** @return the CPU time each used since the mark, in words */
    String since(long[] mark) {
        long[] now = now();
        return "ejabberd " + millis(mark[0], now[0]) + ", the occupants' JVM " + millis(mark[1], now[1]);
    }

    private static String millis(long from, long to) {
        return from < 0 || to < 0 ? "unknown" : (to - from) / 1_000_000 + " ms";
    }

    private static long cpu(Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
    }
}
