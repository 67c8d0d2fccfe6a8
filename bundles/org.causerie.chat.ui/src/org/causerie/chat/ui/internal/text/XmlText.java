package org.causerie.chat.ui.internal.text;

/**
 * Which text an XMPP stanza can carry: XML 1.0 characters only (RFC 6120 §11.1,
 * XML 1.0 §2.2). A C0 control character (other than tab and line ends), U+FFFE,
 * U+FFFF or a lone surrogate in a body would make the stream not well-formed and
 * the server would close it, so such text is refused before sending.
 */
public final class XmlText {

    private XmlText() {
    }

    /** @return whether every character of the text is allowed in XML 1.0 */
    public static boolean canCarry(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
