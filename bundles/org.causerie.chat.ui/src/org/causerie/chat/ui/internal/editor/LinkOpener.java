package org.causerie.chat.ui.internal.editor;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

import org.causerie.ui.text.Links;
import org.eclipse.swt.program.Program;

/**
 * Opens a link clicked in a message: a web address in the desktop's browser
 * ({@link Program#launch(String)} with the parsed http or https URI, nothing
 * else is ever handed to the desktop), an XMPP address (RFC 5122) as a
 * conversation in Causerie, or, with the {@code join} action
 * ({@code xmpp:room@service?join}, XEP-0045 §16), as a room to join.
 */
final class LinkOpener {

    private final Consumer<String> openConversation;
    private final BiPredicate<String, Optional<String>> joinRoom;
    private final Consumer<String> failed;

    /**
     * @param openConversation opens a conversation with a bare JID, from the same account
     * @param joinRoom offers to join a room (bare JID, password from the link), from the same
     *        account; false when no room support is installed
     * @param failed told the address that could not be opened
     */
    LinkOpener(Consumer<String> openConversation, BiPredicate<String, Optional<String>> joinRoom,
            Consumer<String> failed) {
        this.openConversation = openConversation;
        this.joinRoom = joinRoom;
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
        } else if (Links.xmppAction(uri.get()).filter("join"::equals).isPresent()) {
            Optional<String> room = Links.xmppJid(uri.get());
            if (room.isEmpty() || !joinRoom.test(room.get(), Links.xmppParameter(uri.get(), "password"))) {
                failed.accept(address);
            }
        } else {
            Links.xmppJid(uri.get()).ifPresentOrElse(openConversation, () -> failed.accept(address));
        }
    }
}
