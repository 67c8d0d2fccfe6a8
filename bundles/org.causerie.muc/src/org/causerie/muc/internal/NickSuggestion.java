package org.causerie.muc.internal;

import java.util.Set;

/** Another nickname to offer when the one asked for is taken (XEP-0045 §7.2.9). */
final class NickSuggestion {

    private NickSuggestion() {
    }

    /**
     * @param taken the nicknames the room lists (may be empty: a room need not list them)
     * @return the nickname with an underscore, or a number, that is not taken
     */
    static String suggest(String nick, Set<String> taken) {
        String candidate = nick + "_";
        for (int n = 2; taken.contains(candidate) || candidate.equals(nick); n++) {
            candidate = nick + n;
        }
        return candidate;
    }
}
