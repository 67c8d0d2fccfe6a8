package org.causerie.muc.ui.internal.editor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.causerie.muc.RoomEntry;
import org.causerie.ui.text.Span;

/**
 * One line of a room's conversation as the transcript shows it, laid out off the
 * display thread by {@link EntryFormatter}.
 *
 * @param key what identifies it in the room (the same message from history and archive has one key)
 * @param entry the message or event
 * @param text its text, ending with a line break
 * @param spans style spans over the text, in order
 * @param archived whether it came from the archive (placed by time among older lines)
 */
public record RenderedEntry(String key, RoomEntry entry, String text, List<Span> spans, boolean archived) {

    public RenderedEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
    }

    /** @return when it happened */
    public Instant timestamp() {
        return entry.timestamp();
    }
}
