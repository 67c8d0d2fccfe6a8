package org.causerie.whiteboard.internal.doc;

import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Short record and element ids (XEP-0284 §3 asks only for unique strings): a
 * prefix of {@value #PREFIX} random base-36 characters drawn once per board
 * session, then a base-36 counter ({@code k3j9x0a2}, {@code k3j9x0a21}, …
 * {@code k3j9x0a2zz}). Every id of one session has that prefix and a fixed-length
 * prefix cannot be the start of another's counter, so two sessions collide only
 * when they draw the same prefix (36<sup>8</sup> ≈ 2.8·10<sup>12</sup> of them).
 * {@link BoardModel} also skips an id the board already holds. A 32-character
 * GUID made every attribute record ~45 characters longer ({@code rid} and
 * {@code parent}), which a late joiner's state paid on every record.
 */
public final class RecordIds implements Supplier<String> {

    /** Characters of the random prefix. */
    public static final int PREFIX = 8;
    private static final Pattern FORM = Pattern.compile("[0-9a-z]{" + PREFIX + "}");

    private final String prefix;
    private long next;

    /** @param prefix {@value #PREFIX} characters from {@code [0-9a-z]} */
    public RecordIds(String prefix) {
        if (!FORM.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a prefix of " + PREFIX + " base-36 characters: " + prefix);
        }
        this.prefix = prefix;
    }

    /** @return ids under a prefix drawn from {@code random} (a {@link java.security.SecureRandom} for boards) */
    public static RecordIds random(RandomGenerator random) {
        StringBuilder out = new StringBuilder(PREFIX);
        for (int i = 0; i < PREFIX; i++) {
            out.append(Character.forDigit(random.nextInt(36), 36));
        }
        return new RecordIds(out.toString());
    }

    public String prefix() {
        return prefix;
    }

    @Override
    public String get() {
        return prefix + Long.toString(next++, 36);
    }
}
