package org.causerie.ui.text;

import java.util.List;

/**
 * The emoticons recognised in messages, with the text forms people type. The
 * picture for each is drawn by the editor; the text stays in the transcript.
 */
public enum Emoticon {
    SMILE(":-)", ":)"),
    GRIN(":-D", ":D"),
    WINK(";-)", ";)"),
    SAD(":-(", ":("),
    TONGUE(":-P", ":P", ":-p", ":p"),
    SURPRISED(":-O", ":O", ":-o", ":o"),
    HEART("<3");

    private final List<String> forms;

    Emoticon(String... forms) {
        this.forms = List.of(forms);
    }

    /** @return how it is typed, longest first */
    public List<String> forms() {
        return forms;
    }
}
