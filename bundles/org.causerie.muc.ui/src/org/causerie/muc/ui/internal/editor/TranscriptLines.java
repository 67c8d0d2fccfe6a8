package org.causerie.muc.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines a transcript holds, oldest first, each key once, bounded: what the
 * widget shows is the newest part of them ({@link RoomTranscript}). Lines from the
 * archive go in by time among the older ones; the others are appended. Display
 * thread only.
 */
final class TranscriptLines {

    private final List<RenderedEntry> lines = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final int max;
    private final int dropBatch;

    /**
     * @param max the most lines kept once trimmed
     * @param dropBatch how many more may come before the oldest are dropped (at once)
     */
    TranscriptLines(int max, int dropBatch) {
        this.max = max;
        this.dropBatch = dropBatch;
    }

    int size() {
        return lines.size();
    }

    RenderedEntry get(int index) {
        return lines.get(index);
    }

    boolean contains(String key) {
        return keys.contains(key);
    }

    List<RenderedEntry> all() {
        return List.copyOf(lines);
    }

    List<RenderedEntry> range(int from, int to) {
        return lines.subList(from, to);
    }

    /** Appends a line whose key is new; @return false (nothing added) for a known key */
    boolean append(RenderedEntry entry) {
        if (!keys.add(entry.key())) {
            return false;
        }
        lines.add(entry);
        return true;
    }

    /**
     * Inserts an archived line by time, after every line not later than it.
     *
     * @return its index, or -1 for a known key
     */
    int insertByTime(RenderedEntry entry) {
        if (!keys.add(entry.key())) {
            return -1;
        }
        int index = lines.size();
        while (index > 0 && lines.get(index - 1).timestamp().isAfter(entry.timestamp())) {
            index--;
        }
        lines.add(index, entry);
        return index;
    }

    /** Puts a line laid out again in place of the one with its key; @return its index, or -1 when not held */
    int replace(RenderedEntry entry) {
        if (keys.contains(entry.key())) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).key().equals(entry.key())) {
                    lines.set(i, entry);
                    return i;
                }
            }
        }
        return -1;
    }

    /** @return how many of the oldest lines to drop now: 0 until the bound is passed by a batch */
    int excess() {
        return lines.size() > max + dropBatch ? lines.size() - max : 0;
    }

    void dropOldest(int count) {
        List<RenderedEntry> gone = lines.subList(0, count);
        gone.forEach(e -> keys.remove(e.key()));
        gone.clear();
    }

    /**
     * @return how many of the newest lines hold {@code textLines} lines of text
     *         together (at least one, at most {@code max} and all there are)
     */
    int newestSpanning(int textLines, int max) {
        int count = 0;
        for (int i = lines.size() - 1; i >= 0 && textLines > 0 && count < max; i--, count++) {
            String text = lines.get(i).text();
            for (int c = 0; c < text.length(); c++) {
                if (text.charAt(c) == '\n') {
                    textLines--;
                }
            }
        }
        return Math.max(Math.min(1, lines.size()), count);
    }

    /** @return the keys, in order */
    List<String> keys() {
        List<String> out = new ArrayList<>(lines.size());
        lines.forEach(e -> out.add(e.key()));
        return out;
    }
}
