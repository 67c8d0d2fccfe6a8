package org.causerie.filetransfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a name someone else chose into one that is safe to create in a folder:
 * only the last path segment is kept ({@code ../../x} and {@code /etc/passwd}
 * lose their directories), control and bidirectional-override characters go,
 * characters Windows forbids become {@code _}, leading dots (hidden files) and
 * trailing dots and spaces go, Windows device names ({@code CON}, {@code NUL},
 * {@code COM1}...) get a {@code _} prefix, and the result is at most
 * {@value #MAX_BYTES} bytes of UTF-8 with its extension kept. An empty result
 * becomes {@value #FALLBACK}.
 */
public final class SafeFileName {

    /** Most file systems allow 255 bytes per name; leave room for " (99)". */
    public static final int MAX_BYTES = 240;

    public static final String FALLBACK = "file";

    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM1",
            "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5",
            "LPT6", "LPT7", "LPT8", "LPT9");

    private static final String FORBIDDEN = "<>:\"/\\|?*";

    private SafeFileName() {
    }

    /** @return the offered name made safe; never empty, never a path */
    public static String of(String offered) {
        String name = Normalizer.normalize(offered == null ? "" : offered, Normalizer.Form.NFC);
        name = lastSegment(name);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || isBidiControl(c) || Character.getType(c) == Character.FORMAT) {
                return;
            }
            clean.appendCodePoint(FORBIDDEN.indexOf(c) >= 0 ? '_' : c);
        });
        String result = strip(clean.toString());
        if (isDevice(result)) {
            result = "_" + result;
        }
        result = shorten(result);
        return result.isEmpty() ? FALLBACK : result;
    }

    /**
     * @return the file in the folder for the offered name: always a direct child of the folder
     * @throws IllegalArgumentException never for a name {@link #of} produced; kept as a last check
     */
    public static Path resolve(Path folder, String offered) {
        Path base = folder.toAbsolutePath().normalize();
        Path target = base.resolve(of(offered)).normalize();
        if (!base.equals(target.getParent())) {
            throw new IllegalArgumentException("name leaves the folder: " + offered);
        }
        return target;
    }

    /** @return "name (n).ext" for the n-th alternative to a taken name */
    public static String numbered(String safeName, int n) {
        int dot = safeName.lastIndexOf('.');
        String stem = dot > 0 ? safeName.substring(0, dot) : safeName;
        String ext = dot > 0 ? safeName.substring(dot) : "";
        return stem + " (" + n + ")" + ext;
    }

    private static String lastSegment(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return cut >= 0 ? name.substring(cut + 1) : name;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }

    private static String strip(String name) {
        int start = 0;
        while (start < name.length() && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
            start++;
        }
        int end = name.length();
        while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean isDevice(String name) {
        int dot = name.indexOf('.');
        String stem = (dot >= 0 ? name.substring(0, dot) : name).trim().toUpperCase(Locale.ROOT);
        return DEVICES.contains(stem);
    }

    private static String shorten(String name) {
        if (bytes(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = ext.isEmpty() ? name : name.substring(0, dot);
        int budget = MAX_BYTES - bytes(ext);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length();) {
            int c = stem.codePointAt(i);
            int size = bytes(new String(Character.toChars(c)));
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(c);
            used += size;
            i += Character.charCount(c);
        }
        return strip(kept.toString()) + ext;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
