package org.causerie.bench.roster;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Where the resident memory goes, in figures that do not depend on the machine's
 * load: the code cache (what the JIT compilers produced), the native memory
 * tracker's committed sizes per category when the JVM runs with
 * {@code -XX:NativeMemoryTracking=summary}, and the compilations so far. Used to
 * choose the product's JIT and memory options (docs/roster.md).
 */
final class JvmMemory {

    private static final Pattern CATEGORY = Pattern.compile("-\\s+([A-Za-z ]+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)");
    private static final Pattern TOTAL = Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB");
    private static final Pattern CODE = Pattern.compile("nmethods=(\\d+)");

    private JvmMemory() {
    }

    /**
     * @return e.g. "compiled 8123 methods in 4210 ms; NMT committed: total 240 MB, Java Heap 60, Class 40, ..."
     *         (the NMT part only when tracking is on)
     */
    static String describe() {
        StringBuilder text = new StringBuilder();
        long compileMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        Matcher code = CODE.matcher(command("compilerCodecache"));
        text.append(String.format("%s nmethods in the code cache, %d ms compiling", code.find() ? code.group(1) : "?",
                compileMillis));
        String nmt = command("vmNativeMemory", "summary");
        Matcher total = TOTAL.matcher(nmt);
        if (total.find()) {
            List<String> parts = new ArrayList<>();
            parts.add(String.format("total %.0f", Long.parseLong(total.group(1)) / 1024.0));
            Matcher category = CATEGORY.matcher(nmt);
            while (category.find()) {
                double megabytes = Long.parseLong(category.group(2)) / 1024.0;
                if (megabytes >= 1) {
                    parts.add(String.format("%s %.0f", category.group(1), megabytes));
                }
            }
            text.append("; NMT committed MB: ").append(String.join(", ", parts));
        }
        return text.toString();
    }

    private static String command(String operation, String... arguments) {
        try {
            Object result = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                    new Object[] {arguments}, new String[] {String[].class.getName()});
            return String.valueOf(result);
        } catch (JMException | RuntimeException e) {
            return "";
        }
    }
}
