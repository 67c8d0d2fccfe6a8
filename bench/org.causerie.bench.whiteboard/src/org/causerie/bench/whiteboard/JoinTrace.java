package org.causerie.bench.whiteboard;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.testing.EjabberdServer;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.packet.Message;

/**
 * What one late join costs, beside its wall-clock time (load-independent measures, for a
 * machine other builds share): the {@code <sxe/>} messages the joiner received privately
 * (count, characters of their {@code <sxe/>} elements, first and last arrival after Smack
 * parsed them), the CPU time of this JVM's threads (grouped by name) and of the ejabberd
 * process during the join.
 */
final class JoinTrace implements AutoCloseable {

    private static final String SXE = "urn:xmpp:sxe:0";

    private final XMPPConnection connection;
    private final ConcurrentLinkedQueue<Message> messages = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
    private final StanzaListener listener = stanza -> {
        arrivals.add(System.nanoTime());
        messages.add((Message) stanza);
    };
    private final Optional<ProcessHandle> beam;
    private final Map<String, Long> threadsBefore;
    private final long beamBefore;

    JoinTrace(XmppSession joiner, EjabberdServer server) {
        connection = ((SmackSession) joiner).connection();
        StanzaFilter filter = stanza -> stanza instanceof Message m && m.getType() == Message.Type.chat
                && m.hasExtension("sxe", SXE);
        connection.addStanzaListener(listener, filter);
        beam = server.process();
        threadsBefore = threads();
        beamBefore = beamCpu();
    }

    /** @return one line: the messages, bytes, arrivals relative to {@code start}, CPU by thread group */
    String report(long start) {
        Map<String, Long> after = threads();
        long beamAfter = beamCpu();
        long chars = messages.stream().mapToLong(m -> m.getExtension("sxe", SXE).toXML().length()).sum();
        double first = arrivals.stream().mapToLong(Long::longValue).min().stream()
                .mapToDouble(t -> Figures.millis(start, t)).findFirst().orElse(Double.NaN);
        double last = arrivals.stream().mapToLong(Long::longValue).max().stream()
                .mapToDouble(t -> Figures.millis(start, t)).findFirst().orElse(Double.NaN);
        StringBuilder cpu = new StringBuilder();
        long total = 0;
        Map<String, Long> spent = new TreeMap<>();
        for (var e : after.entrySet()) {
            long used = e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L);
            total += used;
            if (used >= 20_000_000L) {
                spent.put(e.getKey(), used);
            }
        }
        spent.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> cpu.append(String.format("; %s %.0f", e.getKey(), e.getValue() / 1e6)));
        return String.format("%d private <sxe/> messages, %,d characters; first arrived (parsed) at %.0f ms, last at "
                + "%.0f ms; CPU ms: ejabberd %s, this JVM %.0f%s", messages.size(), chars, first, last,
                beam.isPresent() ? String.format("%.0f", (beamAfter - beamBefore) / 1e6) : "unknown", total / 1e6,
                cpu);
    }

    /** @return CPU nanoseconds of the live threads, summed by name without digits */
    private static Map<String, Long> threads() {
        var mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> out = new TreeMap<>();
        for (long id : mx.getAllThreadIds()) {
            var info = mx.getThreadInfo(id);
            long cpu = mx.getThreadCpuTime(id);
            if (info != null && cpu > 0) {
                out.merge(info.getThreadName().replaceAll("\\d+", "#"), cpu, Long::sum);
            }
        }
        return out;
    }

    private long beamCpu() {
        return beam.flatMap(p -> p.info().totalCpuDuration()).map(java.time.Duration::toNanos).orElse(0L);
    }

    @Override
    public void close() {
        connection.removeStanzaListener(listener);
    }
}
