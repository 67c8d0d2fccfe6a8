package org.causerie.whiteboard.internal.doc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.causerie.whiteboard.Point;

/**
 * Numbers and SVG path data as Causerie writes and reads them: numbers with at
 * most two decimals and no exponent; paths as {@code Mx yLx y...}. Reading
 * accepts any path: curves and arcs are reduced to their end points.
 */
public final class PathData {

    private static final String COMMANDS = "MmLlHhVvCcSsQqTtAaZz";

    private PathData() {
    }

    /** @return the number as Causerie sends it: rounded to two decimals, no exponent, no trailing zeros */
    public static String number(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String text = d.toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** Coordinates are kept within this magnitude, so sums of them stay finite. */
    public static final double MAX = 1e9;

    /** @return the value, clamped to ±{@link #MAX}, or the fallback when it is not a finite number */
    public static double parse(String text, double fallback) {
        try {
            double v = Double.parseDouble(text.trim());
            return Double.isFinite(v) ? Math.max(-MAX, Math.min(MAX, v)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** @return {@code Mx yLx y...} through the points (SVG path data needs no space around a command) */
    public static String format(List<Point> points) {
        StringBuilder out = new StringBuilder(points.size() * 12);
        for (int i = 0; i < points.size(); i++) {
            out.append(i == 0 ? 'M' : 'L').append(number(points.get(i).x())).append(' ')
                    .append(number(points.get(i).y()));
        }
        return out.toString();
    }

    /** @return the points a path passes through (end points of its segments), absolute */
    public static List<Point> parsePath(String d) {
        List<Point> out = new ArrayList<>();
        double[] args = new double[7];
        int count = 0;
        char command = 'M';
        double x = 0;
        double y = 0;
        int i = 0;
        int length = d.length();
        while (i < length) {
            char ch = d.charAt(i);
            if (COMMANDS.indexOf(ch) >= 0) {
                command = ch;
                count = 0;
                i++;
                continue;
            }
            int end = numberEnd(d, i);
            if (end < 0) {
                i++;
                continue;
            }
            double value = parse(d.substring(i, end), 0);
            i = end;
            int arity = arity(command);
            if (arity == 0) {
                continue;
            }
            args[count++] = value;
            if (count < arity) {
                continue;
            }
            boolean relative = Character.isLowerCase(command);
            char c = Character.toUpperCase(command);
            double nx = c == 'V' ? x : args[c == 'H' ? 0 : arity - 2];
            double ny = c == 'H' ? y : args[arity - 1];
            if (relative) {
                nx = c == 'V' ? x : x + nx;
                ny = c == 'H' ? y : y + ny;
            }
            x = Math.max(-MAX, Math.min(MAX, nx));
            y = Math.max(-MAX, Math.min(MAX, ny));
            out.add(new Point(x, y));
            count = 0;
            if (c == 'M') {
                command = relative ? 'l' : 'L';
            }
        }
        return out;
    }

    /** @return the points of a {@code points} attribute (polyline, polygon) */
    public static List<Point> parsePoints(String text) {
        List<Point> out = new ArrayList<>();
        boolean pending = false;
        double first = 0;
        int i = 0;
        while (i < text.length()) {
            int end = numberEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            double v = parse(text.substring(i, end), 0);
            i = end;
            if (!pending) {
                first = v;
            } else {
                out.add(new Point(first, v));
            }
            pending = !pending;
        }
        return out;
    }

    /** @return how many numbers the text holds (as {@link #numberEnd} finds them from left to right) */
    public static long countNumbers(String text) {
        long count = 0;
        int i = 0;
        while (i < text.length()) {
            int end = numberEnd(text, i);
            if (end < 0) {
                i++;
            } else {
                count++;
                i = end;
            }
        }
        return count;
    }

    /**
     * Matches a number at {@code at} as the pattern {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}
     * would (greedy), without a regular expression: a board's path data holds tens of
     * thousands of numbers.
     *
     * @return the end of the number starting at {@code at}, or -1 when none starts there
     */
    static int numberEnd(CharSequence s, int at) {
        int n = s.length();
        int i = at;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = digits(s, i);
        if (digits > i) {
            i = digits;
            if (i < n && s.charAt(i) == '.') {
                i = digits(s, i + 1);
            }
        } else if (i < n && s.charAt(i) == '.' && digits(s, i + 1) > i + 1) {
            i = digits(s, i + 1);
        } else {
            return -1;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            int end = digits(s, e);
            if (end > e) {
                i = end;
            }
        }
        return i;
    }

    /** @return the end of the run of ASCII digits from {@code i} (regex {@code \d} is ASCII) */
    private static int digits(CharSequence s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            j++;
        }
        return j;
    }

    /** @return how many numbers one segment of that command takes, 0 for an unknown command */
    static int arity(char command) {
        return switch (Character.toUpperCase(command)) {
            case 'M', 'L', 'T' -> 2;
            case 'H', 'V' -> 1;
            case 'C' -> 6;
            case 'S', 'Q' -> 4;
            case 'A' -> 7;
            default -> 0;
        };
    }
}
