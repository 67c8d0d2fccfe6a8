package org.causerie.whiteboard.internal.doc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causerie.whiteboard.Point;

/**
 * Numbers and SVG path data as Causerie writes and reads them: numbers with at
 * most two decimals and no exponent; paths as {@code M x y L x y ...}. Reading
 * accepts any path: curves and arcs are reduced to their end points.
 */
public final class PathData {

    private static final Pattern TOKEN = Pattern.compile("[MmLlHhVvCcSsQqTtAaZz]|[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

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

    /** @return {@code M x y L x y ...} through the points */
    public static String format(List<Point> points) {
        StringBuilder out = new StringBuilder(points.size() * 12);
        for (int i = 0; i < points.size(); i++) {
            out.append(i == 0 ? "M" : " L").append(number(points.get(i).x())).append(' ')
                    .append(number(points.get(i).y()));
        }
        return out.toString();
    }

    /** @return the points a path passes through (end points of its segments), absolute */
    public static List<Point> parsePath(String d) {
        List<Point> out = new ArrayList<>();
        List<Double> args = new ArrayList<>();
        char command = 'M';
        double x = 0;
        double y = 0;
        Matcher m = TOKEN.matcher(d);
        while (m.find()) {
            String t = m.group();
            if (Character.isLetter(t.charAt(0)) && t.length() == 1 && "eE".indexOf(t.charAt(0)) < 0) {
                command = t.charAt(0);
                args.clear();
                continue;
            }
            args.add(parse(t, 0));
            int arity = arity(command);
            if (arity == 0 || args.size() < arity) {
                continue;
            }
            boolean relative = Character.isLowerCase(command);
            char c = Character.toUpperCase(command);
            double nx = c == 'V' ? x : args.get(c == 'H' ? 0 : arity - 2);
            double ny = c == 'H' ? y : args.get(arity - 1);
            if (relative) {
                nx = c == 'V' ? x : x + nx;
                ny = c == 'H' ? y : y + ny;
            }
            x = Math.max(-MAX, Math.min(MAX, nx));
            y = Math.max(-MAX, Math.min(MAX, ny));
            out.add(new Point(x, y));
            args.clear();
            if (c == 'M') {
                command = relative ? 'l' : 'L';
            }
        }
        return out;
    }

    /** @return the points of a {@code points} attribute (polyline, polygon) */
    public static List<Point> parsePoints(String text) {
        List<Point> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        Double pending = null;
        while (m.find()) {
            if (Character.isLetter(m.group().charAt(0))) {
                continue;
            }
            double v = parse(m.group(), 0);
            if (pending == null) {
                pending = v;
            } else {
                out.add(new Point(pending, v));
                pending = null;
            }
        }
        return out;
    }

    private static int arity(char command) {
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
