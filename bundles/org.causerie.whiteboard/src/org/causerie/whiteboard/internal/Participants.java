package org.causerie.whiteboard.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who takes part in a board: ourselves and everyone the session heard from, shown
 * while they are present (in the room, or the peer one-to-one). Guarded by the
 * board's lock.
 */
final class Participants {

    private final Channel channel;
    private final Set<String> heard = new LinkedHashSet<>();

    Participants(Channel channel) {
        this.channel = channel;
        heard.add(channel.self());
    }

    /** @return whether the sender is new to the board */
    boolean heard(String sender) {
        return heard.add(sender);
    }

    /** @return the participants present now, in the order they were first heard */
    List<String> present() {
        List<String> present = new ArrayList<>();
        List<String> others = channel.others();
        for (String p : heard) {
            if (p.equals(channel.self()) || others.contains(p)) {
                present.add(p);
            }
        }
        return present;
    }

    /** @return whether we write the board's snapshot: the lowest name among the participants present */
    boolean weWrite() {
        return present().stream().sorted().findFirst().filter(channel.self()::equals).isPresent();
    }
}
