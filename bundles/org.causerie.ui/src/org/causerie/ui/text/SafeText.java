package org.causerie.ui.text;

/**
 * Makes received text safe to lay out and bounds how much of it is shown. A
 * message may hold anything a peer chose to send: control characters, bidi
 * overrides that would reorder the sender's name or the timestamp, floods of
 * combining marks stacking glyphs, megabytes without a line break.
 */
public final class SafeText {

    /** Characters of a body shown in the transcript before it is cut. */
    public static final int MAX_CHARS = 3000;
    /** Lines of a body shown in the transcript before it is cut. */
    public static final int MAX_LINES = 30;
    /** Combining marks kept after one base character; more are dropped (they only stack upwards). */
    static final int MAX_MARKS = 3;

    /**
     * @param shown the text to show, safe and at most the bounds asked for
     * @param truncated whether the original text was longer than what is shown
     */
    public record Clip(String shown, boolean truncated) {
    }

    private SafeText() {
    }

    /** @return the whole text made safe, not cut */
    public static String clean(String text) {
        return clip(text, Integer.MAX_VALUE, Integer.MAX_VALUE).shown();
    }

    /**
     * Makes the text safe and cuts it after {@code maxChars} characters or
     * {@code maxLines} lines, whichever comes first, never inside a surrogate pair.
     * Only the part kept is examined, so the cost does not grow with the input.
     */
    public static Clip clip(String text, int maxChars, int maxLines) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars == Integer.MAX_VALUE ? text.length()
                : maxChars + 16));
        int lines = 1;
        int marks = 0;
        int i = 0;
        while (i < text.length()) {
            if (out.length() >= maxChars) {
                return new Clip(out.toString(), true);
            }
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp == '\r') {
                // CR LF and lone CR both end a line
                width = i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                cp = '\n';
            }
            if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                if (lines >= maxLines) {
                    return new Clip(out.toString(), true);
                }
                lines++;
                out.append('\n');
                marks = 0;
            } else if (isBidiControl(cp)) {
                // dropped: an override would reorder what follows on the line (CVE-2021-42574 "Trojan Source")
            } else if (cp == '\t') {
                out.append('\t');
            } else if (Character.isISOControl(cp) || cp == 0xFEFF || Character.getType(cp) == Character.UNASSIGNED
                    || Character.getType(cp) == Character.SURROGATE) {
                out.append('\uFFFD');
            } else if (isMark(cp)) {
                if (++marks <= MAX_MARKS) {
                    out.appendCodePoint(cp);
                }
            } else {
                marks = 0;
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return new Clip(out.toString(), false);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** LRE, RLE, PDF, LRO, RLO (U+202A-202E) and the isolates LRI, RLI, FSI, PDI (U+2066-2069). */
    static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /** @return the text on one line (for a notification or a label), cut after {@code max} characters */
    public static String oneLine(String text, int max) {
        Clip clip = clip(text, max, Integer.MAX_VALUE);
        String line = clip.shown().replace('\n', ' ').replace('\t', ' ').strip();
        return clip.truncated() ? line + "\u2026" : line;
    }

    /**
     * Breaks lines longer than {@code max} characters, at the last space before
     * the limit when there is one, so that no line given to a text widget is
     * enormous. Lines within the limit are unchanged.
     */
    public static String hardWrap(String text, int max) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / max + 1);
        int column = 0;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '\n') {
                column = 0;
                lineStart = out.length();
                continue;
            }
            if (++column >= max) {
                int space = lastSpace(out, Math.max(lineStart + 1, out.length() - max / 4));
                if (space >= 0) {
                    out.setCharAt(space, '\n');
                    lineStart = space + 1;
                } else if (!Character.isHighSurrogate(c) || i + 1 >= text.length()) {
                    out.append('\n');
                    lineStart = out.length();
                } else {
                    continue; // never split a surrogate pair: break after its second half
                }
                column = out.length() - lineStart;
            }
        }
        return out.toString();
    }

    /** @return the last space at or after {@code from}, or -1: a bounded look back */
    private static int lastSpace(StringBuilder out, int from) {
        for (int i = out.length() - 1; i >= from; i--) {
            if (out.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }
}
