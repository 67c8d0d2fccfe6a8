package org.causerie.bench.muc;

/**
 * The messages the benchmark room is filled with: what a busy room says, from one
 * line to a few, some with a link; the same for the same number (deterministic).
 */
final class Bodies {

    private static final String[] WORDS = ("the build is green again after the merge but the roster test still "
            + "waits on the server so we should look at the logs tomorrow morning before the release meeting "
            + "anyone seen the new configuration form it renders every field type now").split(" ");

    private Bodies() {
    }

    /** @return the text of message {@code n} (from 1) of {@code total} */
    static String body(int n, int total) {
        StringBuilder text = new StringBuilder("#").append(n).append('/').append(total).append(' ');
        int words = 4 + (n * 7919) % 40;
        for (int i = 0; i < words; i++) {
            text.append(WORDS[(n * 31 + i * 17) % WORDS.length]).append(i + 1 < words ? " " : "");
        }
        if (n % 11 == 0) {
            text.append(" https://example.org/issues/").append(n);
        }
        if (n % 13 == 0) {
            text.append("\nand a second line\nand a third one :)");
        }
        return text.toString();
    }
}
