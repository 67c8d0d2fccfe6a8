package org.causerie.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatMessage.Direction;
import org.causerie.chat.ConversationId;
import org.causerie.chat.DeliveryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON lines and the store, read back by a new instance as after a restart. */
class StoreTest {

    private static final ConversationId BOB = new ConversationId("acc-1", "Bob@Example.org");

    private static ChatMessage message(String id, Direction direction, String body) {
        return new ChatMessage(id, BOB, direction, direction == Direction.IN ? "bob@example.org/phone" : "me@x/pc",
                "bob@example.org", body, Instant.ofEpochMilli(1_700_000_000_000L),
                direction == Direction.IN ? DeliveryState.DELIVERED : DeliveryState.QUEUED, false, Optional.empty(),
                false);
    }

    @Test
    void jsonRoundTripsAwkwardText() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("body", "quote \" backslash \\ newline \n tab \t nul \u0000 sep \u2028 emoji \ud83d\ude00 é");
        line.put("n", -42L);
        line.put("b", true);
        line.put("none", null);
        String written = Json.write(line);
        assertFalse(written.contains("\n"), "one line");
        assertEquals(line, Json.read(written));
        assertEquals(Map.of("a", "x/y"), Json.read("{ \"a\" : \"x\\/y\" }"));
        assertThrows(IllegalArgumentException.class, () -> Json.read("{\"body\":\"torn"));
    }

    @Test
    void theConversationIdIsNormalised() {
        assertEquals("bob@example.org", BOB.peer());
        assertEquals(BOB, ConversationId.of("acc-1", "bob@example.org/phone"));
        assertThrows(IllegalArgumentException.class, () -> new ConversationId("acc", "a b@c"));
        assertTrue(ConversationStore.fileName(new ConversationId("..\\x", "..\\con<>:*?|\"@x")).matches("[0-9a-f]{64}\\.jsonl"));
    }

    @Test
    void aNewStoreReadsWhatTheOldOneWrote(@TempDir Path dir) throws Exception {
        Conversations first = new Conversations(new ConversationStore(dir));
        Conversation c = first.get(BOB);
        c.add(message("m1", Direction.OUT, "hello"));
        c.update(Direction.OUT, "m1", m -> m.withState(DeliveryState.SENT));
        c.update(Direction.OUT, "m1", m -> m.corrected("hello!", "m1-fix"));
        c.add(message("m2", Direction.IN, "hi\nthere"));
        c.markRead();
        c.add(message("m3", Direction.IN, "unread one"));
        c.add(message("m4", Direction.OUT, "never sent"));
        assertFalse(c.add(message("m3", Direction.IN, "duplicate")), "a duplicate id is dropped");
        List<ChatMessage> before = c.history();
        first.close();

        Conversations second = new Conversations(new ConversationStore(dir));
        assertEquals(List.of(BOB), second.ids());
        Conversation again = second.get(BOB);
        List<ChatMessage> after = again.history();
        assertEquals(4, after.size());
        assertEquals(before.subList(0, 3), after.subList(0, 3));
        assertEquals("hello!", after.get(0).body());
        assertTrue(after.get(0).edited());
        assertEquals(DeliveryState.FAILED, after.get(3).state(), "a queue does not survive a restart");
        assertEquals(1, again.unread());
        assertEquals("m1", again.find(Direction.OUT, "m1-fix").orElseThrow().id(), "found by its correction id");
        second.close();
    }

    @Test
    void aTornLastLineIsSkipped(@TempDir Path dir) throws Exception {
        Conversations first = new Conversations(new ConversationStore(dir));
        first.get(BOB).add(message("m1", Direction.IN, "kept"));
        first.close();
        Path file = dir.resolve(ConversationStore.fileName(BOB));
        Files.writeString(file, "{\"k\":\"m\",\"id\":\"m2\",\"bo", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Conversations second = new Conversations(new ConversationStore(dir));
        assertEquals(List.of("kept"), second.get(BOB).history().stream().map(ChatMessage::body).toList());
        second.close();
    }
}
