package org.causerie.ui.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds links and emoticons in text that has been made safe and bounded
 * ({@link SafeText}): the patterns are linear, so the work is bounded too.
 */
public final class TextScanner {

    /** Candidates: a scheme we open, then anything up to white space or a delimiter that cannot end a URI. */
    private static final Pattern LINK = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:https?://|xmpp:)[^\\s<>\"\u00ab\u00bb]+");
    private static final String TRAILING = ".,;:!?'\u2026";

    private TextScanner() {
    }

    /** @return the links and emoticons in the text, in order, not overlapping */
    public static List<Span> scan(String text) {
        List<Span> links = links(text);
        List<Span> all = new ArrayList<>(links);
        emoticons(text, links, all);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /** @return the openable links ({@link Links#openable}) in the text */
    public static List<Span> links(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            int end = trimEnd(text, m.start(), m.end());
            String candidate = text.substring(m.start(), end);
            if (end > m.start() && Links.openable(candidate).isPresent()) {
                spans.add(new Span(m.start(), end - m.start(), Span.Kind.LINK, candidate));
            }
        }
        return spans;
    }

    /** Sentence punctuation after a link is not part of it; a closing parenthesis only when unbalanced. */
    private static int trimEnd(String text, int start, int end) {
        while (end > start) {
            char last = text.charAt(end - 1);
            if (TRAILING.indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && count(text, start, end, '(') < count(text, start, end, ')')) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static int count(String text, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Emoticons stand alone: after the start or a space, before the end, a space or punctuation. */
    private static void emoticons(String text, List<Span> links, List<Span> out) {
        int linkIndex = 0;
        int i = 0;
        while (i < text.length()) {
            while (linkIndex < links.size() && links.get(linkIndex).end() <= i) {
                linkIndex++;
            }
            if (linkIndex < links.size() && links.get(linkIndex).start() <= i) {
                i = links.get(linkIndex).end();
                continue;
            }
            if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
                Span found = emoticonAt(text, i);
                if (found != null) {
                    out.add(found);
                    i = found.end();
                    continue;
                }
            }
            i++;
        }
    }

    private static Span emoticonAt(String text, int i) {
        for (Emoticon emoticon : Emoticon.values()) {
            for (String form : emoticon.forms()) {
                int end = i + form.length();
                if (text.startsWith(form, i) && (end == text.length() || endsToken(text.charAt(end)))) {
                    return new Span(i, form.length(), Span.Kind.EMOTICON, emoticon.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        return null;
    }

    private static boolean endsToken(char c) {
        return Character.isWhitespace(c) || ".,;!?".indexOf(c) >= 0;
    }
}
