package org.causerie.bench.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time from /proc (Linux), in clock ticks of 10 ms: this JVM's (user +
 * system) and the whole machine's busy time, so a phase can be split into what
 * the clients cost and what the rest (the server) cost.
 */
final class CpuClock {

    /** USER_HZ is 100 on every Linux this runs on. */
    static final double MS_PER_TICK = 10;

    private CpuClock() {
    }

    /** @return {this JVM's ticks, the machine's busy ticks} */
    static long[] now() {
        try {
            String self = Files.readString(Path.of("/proc/self/stat"));
            // fields after the command name (which may hold spaces) in parentheses
            String[] fields = self.substring(self.lastIndexOf(')') + 2).split(" ");
            long jvm = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return new long[] {jvm, busy};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
