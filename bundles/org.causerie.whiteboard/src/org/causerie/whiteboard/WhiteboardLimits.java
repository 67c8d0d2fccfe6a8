package org.causerie.whiteboard;

/**
 * Limits that keep hostile or broken peers from hurting a board. Every client of
 * a board should use the same limits: a record refused by one client and
 * accepted by another makes their boards differ (docs/whiteboard.md).
 *
 * @param maxElements SVG elements on a board
 * @param maxNodes SXE records (elements, attributes, texts) on a board
 * @param maxRecordChars characters in one record's attributes together
 * @param maxPathPoints points in one path or polyline
 * @param maxImageChars characters of an image's {@code data:} URI
 * @param recordsPerSecond records one sender may send per second, on average
 * @param burst records one sender may send at once above that rate
 */
public record WhiteboardLimits(int maxElements, int maxNodes, int maxRecordChars, int maxPathPoints,
        int maxImageChars, int recordsPerSecond, int burst) {

    /** The defaults: 20,000 elements, 200,000 records, 200,000 characters per record, 10,000 points per path, 150,000 characters per image, 500 records per second with bursts of 5,000. */
    public static final WhiteboardLimits DEFAULTS = new WhiteboardLimits(20_000, 200_000, 200_000, 10_000,
            150_000, 500, 5_000);

    public WhiteboardLimits {
        if (maxElements < 1 || maxNodes < maxElements || maxRecordChars < 256 || maxPathPoints < 2
                || maxImageChars < 0 || maxImageChars > maxRecordChars || recordsPerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("limits out of range");
        }
    }
}
