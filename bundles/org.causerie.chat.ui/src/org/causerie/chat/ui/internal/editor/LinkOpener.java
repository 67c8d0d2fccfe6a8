package org.causerie.chat.ui.internal.editor;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.causerie.chat.ui.internal.text.Links;
import org.eclipse.swt.program.Program;

/**
 * Opens a link clicked in a message: a web address in the desktop's browser
 * ({@link Program#launch(String)} with the parsed http or https URI, nothing
 * else is ever handed to the desktop), an XMPP address (RFC 5122) as a
 * conversation in Causerie.
 */
final class LinkOpener {

    private final Consumer<String> openConversation;
    private final Consumer<String> failed;

    /**
     * @param openConversation opens a conversation with a bare JID, from the same account
     * @param failed told the address that could not be opened
     */
    LinkOpener(Consumer<String> openConversation, Consumer<String> failed) {
        this.openConversation = openConversation;
        this.failed = failed;
    }

    void open(String address) {
        Optional<URI> uri = Links.openable(address);
        if (uri.isEmpty()) {
            failed.accept(address);
            return;
        }
        String scheme = uri.get().getScheme().toLowerCase(Locale.ROOT);
        if (Links.WEB.contains(scheme)) {
            if (!Program.launch(uri.get().toASCIIString())) {
                failed.accept(address);
            }
        } else {
            Links.xmppJid(uri.get()).ifPresentOrElse(openConversation, () -> failed.accept(address));
        }
    }
}
