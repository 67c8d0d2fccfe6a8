package org.causerie.chat.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ConversationId;
import org.causerie.chat.DeliveryState;
import org.causerie.core.Payload;

/** Maps messages and markers to the store's lines and back (format: see package-info). */
final class MessageRecords {

    static final String KIND = "k";
    static final String MESSAGE = "m";
    static final String READ = "r";
    private static final Logger LOG = System.getLogger(MessageRecords.class.getName());

    private MessageRecords() {
    }

    static Map<String, Object> header(ConversationId id) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("v", 1L);
        line.put("account", id.accountId());
        line.put("peer", id.peer());
        return line;
    }

    static Optional<ConversationId> fromHeader(Map<String, Object> line) {
        if (!Long.valueOf(1).equals(line.get("v")) || !(line.get("account") instanceof String account)
                || !(line.get("peer") instanceof String peer)) {
            return Optional.empty();
        }
        return Optional.of(new ConversationId(account, peer));
    }

    static Map<String, Object> readMarker(Instant at) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put(KIND, READ);
        line.put("ts", at.toEpochMilli());
        return line;
    }

    static Map<String, Object> toRecord(ChatMessage m) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put(KIND, MESSAGE);
        line.put("id", m.id());
        line.put("dir", m.direction().name());
        line.put("from", m.from());
        line.put("to", m.to());
        line.put("ts", m.timestamp().toEpochMilli());
        line.put("state", m.state().name());
        line.put("delayed", m.delayed());
        line.put("carbon", m.carbon());
        m.correctionId().ifPresent(c -> line.put("corr", c));
        line.put("body", m.body());
        // The store's JSON is flat: payload i is p<i>n (namespace), p<i>e (element), p<i>x (XML).
        for (int i = 0; i < m.payloads().size(); i++) {
            Payload p = m.payloads().get(i);
            line.put("p" + i + "n", p.namespace());
            line.put("p" + i + "e", p.element());
            line.put("p" + i + "x", p.xml());
        }
        return line;
    }

    /** @throws IllegalArgumentException (or ClassCastException, NullPointerException) on a malformed line */
    static ChatMessage fromRecord(ConversationId conversation, Map<String, Object> line) {
        return new ChatMessage((String) line.get("id"), conversation,
                ChatMessage.Direction.valueOf((String) line.get("dir")), (String) line.get("from"),
                (String) line.get("to"), (String) line.get("body"),
                Instant.ofEpochMilli((Long) line.get("ts")), DeliveryState.valueOf((String) line.get("state")),
                Boolean.TRUE.equals(line.get("delayed")), Optional.ofNullable((String) line.get("corr")),
                Boolean.TRUE.equals(line.get("carbon")), payloads(line));
    }

    /** A payload that no longer reads as one (a hand-edited file) is left out; the message stays. */
    private static List<Payload> payloads(Map<String, Object> line) {
        List<Payload> payloads = new ArrayList<>();
        for (int i = 0; i < Payload.MAX_PER_MESSAGE && line.containsKey("p" + i + "n"); i++) {
            try {
                payloads.add(new Payload((String) line.get("p" + i + "n"), (String) line.get("p" + i + "e"),
                        (String) line.get("p" + i + "x")));
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "a stored message payload is left out: " + e.getMessage());
            }
        }
        return payloads;
    }
}
