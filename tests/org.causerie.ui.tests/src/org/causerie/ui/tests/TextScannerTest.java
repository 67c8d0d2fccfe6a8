package org.causerie.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.causerie.ui.text.Links;
import org.causerie.ui.text.Span;
import org.causerie.ui.text.TextScanner;
import org.junit.jupiter.api.Test;

/** Links and emoticons found in message text; only web and XMPP addresses are links. */
class TextScannerTest {

    private static List<String> found(String text, Span.Kind kind) {
        return TextScanner.scan(text).stream().filter(s -> s.kind() == kind)
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void webAndXmppAddressesAreLinks() {
        String text = "see https://example.org/a?b=c, http://x.org/y. and xmpp:bob@example.org?message!";
        assertEquals(List.of("https://example.org/a?b=c", "http://x.org/y", "xmpp:bob@example.org?message"),
                found(text, Span.Kind.LINK));
    }

    @Test
    void balancedParenthesesStayInTheLink() {
        assertEquals(List.of("https://en.wikipedia.org/wiki/Jabber_(protocol)"),
                found("(https://en.wikipedia.org/wiki/Jabber_(protocol))", Span.Kind.LINK));
    }

    @Test
    void otherSchemesAreNeverLinks() {
        assertEquals(List.of(), found("javascript:alert(1) file:///etc/passwd ftp://x.org smb://h/s", Span.Kind.LINK));
        assertEquals(List.of(), found("https:// nothing and http://", Span.Kind.LINK), "no host, no link");
        assertTrue(Links.openable("file:///etc/passwd").isEmpty());
        assertTrue(Links.openable("HTTPS://EXAMPLE.ORG").isPresent(), "schemes compare without case");
    }

    @Test
    void xmppUrisNameAJid() {
        assertEquals(Optional.of("bob@example.org"), Links.xmppJid(URI.create("xmpp:Bob@Example.org/phone?message")));
        assertEquals(Optional.of("room@muc.example.org"),
                Links.xmppJid(URI.create("xmpp://alice@example.org/room@muc.example.org?join")));
        assertEquals(Optional.empty(), Links.xmppJid(URI.create("xmpp:example.org")));
    }

    @Test
    void emoticonsStandAlone() {
        assertEquals(List.of(":)", ":-D", ";)", "<3", ":P"), found(":) hi :-D, ok ;) <3 :P", Span.Kind.EMOTICON));
        assertEquals(List.of(), found("a:) (:) http://a.org/:) 12:30", Span.Kind.EMOTICON));
    }

    @Test
    void spansAreOrderedAndDoNotOverlap() {
        List<Span> spans = TextScanner.scan(":) https://a.org/:) :( xmpp:a@b.c ;-)");
        for (int i = 1; i < spans.size(); i++) {
            assertTrue(spans.get(i - 1).end() <= spans.get(i).start(), spans.toString());
        }
        assertEquals(5, spans.size(), spans.toString());
    }

    @Test
    void xmppJoinLinksNameTheRoomAndThePassword() throws Exception {
        URI join = new URI("xmpp:Lounge@conference.example.org?join;password=s%C3%A9same");
        assertEquals(Optional.of("lounge@conference.example.org"), Links.xmppJid(join));
        assertEquals(Optional.of("join"), Links.xmppAction(join));
        assertEquals(Optional.of("s\u00e9same"), Links.xmppParameter(join, "password"));
        URI plain = new URI("xmpp:bob@example.org");
        assertEquals(Optional.empty(), Links.xmppAction(plain));
        assertEquals(Optional.empty(), Links.xmppParameter(plain, "password"));
        assertEquals(Optional.of("message"), Links.xmppAction(new URI("xmpp:bob@example.org?message;body=hi")));
        assertEquals(Optional.empty(), Links.xmppAction(new URI("https://example.org/?join")));
    }
}
