package org.causerie.muc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.causerie.muc.RoomEntry;
import org.causerie.muc.RoomEvent;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.RoomMessage.Source;
import org.junit.jupiter.api.Test;

/** The transcript: order, de-duplication of history and archive, bound. */
class TranscriptTest {

    static final RoomId ROOM = new RoomId("acc", "coven@chat.example");

    static RoomMessage message(String id, String nick, long second, Source source, Optional<String> archiveId) {
        return new RoomMessage(id, ROOM, nick, Optional.empty(), "body " + id, Instant.ofEpochSecond(second), source,
                false, Optional.empty(), archiveId);
    }

    @Test
    void historyAlreadyHeldIsNotAddedTwice() {
        Transcript transcript = new Transcript();
        assertTrue(transcript.append(message("m1", "a", 10, Source.LIVE, Optional.of("s1"))));
        // The same message again in the history of a rejoin: same room stanza-id.
        assertFalse(transcript.append(message("m1", "a", 10, Source.HISTORY, Optional.of("s1"))));
        // Without a stanza-id, the sender's nickname and id tell it.
        assertTrue(transcript.append(message("m2", "b", 11, Source.LIVE, Optional.empty())));
        assertFalse(transcript.append(message("m2", "b", 11, Source.HISTORY, Optional.empty())));
        // Another sender may reuse an id: a different message.
        assertTrue(transcript.append(message("m2", "c", 12, Source.LIVE, Optional.empty())));
        assertEquals(3, transcript.entries().size());
    }

    @Test
    void archivedMessagesGoBeforeNewerOnesWithoutDuplicates() {
        Transcript transcript = new Transcript();
        transcript.append(message("m3", "a", 30, Source.HISTORY, Optional.of("s3")));
        transcript.append(new RoomEvent(ROOM, RoomEvent.Kind.JOINED, "b", Optional.empty(), Optional.empty(),
                Optional.empty(), Instant.ofEpochSecond(35)));
        transcript.append(message("m4", "a", 40, Source.LIVE, Optional.of("s4")));
        assertEquals(Optional.of("s3"), transcript.oldestArchiveId());

        List<RoomMessage> added = transcript.insertArchived(List.of(
                message("m1", "a", 10, Source.ARCHIVE, Optional.of("s1")),
                message("m2", "b", 20, Source.ARCHIVE, Optional.of("s2")),
                message("m3", "a", 30, Source.ARCHIVE, Optional.of("s3"))));
        assertEquals(List.of("m1", "m2"), added.stream().map(RoomMessage::id).toList());
        List<RoomEntry> entries = transcript.entries();
        assertEquals(5, entries.size());
        assertEquals(List.of(10L, 20L, 30L, 35L, 40L),
                entries.stream().map(e -> e.timestamp().getEpochSecond()).toList());
        assertEquals(Source.HISTORY, ((RoomMessage) entries.get(2)).source(), "the copy already held stays");
        assertEquals(Optional.of("s1"), transcript.oldestArchiveId());
        assertEquals("m4", transcript.newestMessage().orElseThrow().id());
    }

    @Test
    void theOldestEntriesGoPastTheBound() {
        Transcript transcript = new Transcript(3);
        for (int i = 0; i < 5; i++) {
            transcript.append(message("m" + i, "a", i, Source.LIVE, Optional.of("s" + i)));
        }
        assertEquals(List.of("m2", "m3", "m4"),
                transcript.entries().stream().map(e -> ((RoomMessage) e).id()).toList());
    }
}
