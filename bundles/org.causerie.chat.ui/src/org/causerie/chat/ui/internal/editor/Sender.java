package org.causerie.chat.ui.internal.editor;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatService;
import org.causerie.chat.ConversationId;
import org.causerie.chat.MessageText;
import org.causerie.chat.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Where the input's text goes: {@link ChatService#send(String, String, String)}
 * to the address the resource selector names, or
 * {@link ChatService#correctLast}. A failure is told in the notice line and the
 * text stays in the input: text XML cannot carry (it would make the server close
 * the stream), an account that is not connected.
 */
final class Sender implements InputBox.Target {

    private final ChatService chat;
    private final ConversationId id;
    private final Supplier<String> address;
    private final Supplier<String> accountName;
    private final Supplier<Optional<ChatMessage>> lastOwn;
    private final Consumer<String> notice;

    Sender(ChatService chat, ConversationId id, Supplier<String> address, Supplier<String> accountName,
            Supplier<Optional<ChatMessage>> lastOwn, Consumer<String> notice) {
        this.chat = chat;
        this.id = id;
        this.address = address;
        this.accountName = accountName;
        this.lastOwn = lastOwn;
        this.notice = notice;
    }

    @Override
    public boolean send(String body) {
        if (!sendable(body)) {
            return false;
        }
        try {
            chat.send(id.accountId(), address.get(), body);
            notice("");
            return true;
        } catch (IllegalStateException e) {
            notConnected();
        } catch (IllegalArgumentException e) {
            notice(NLS.bind(Messages.notice_notSent, e.getMessage()));
        }
        return false;
    }

    @Override
    public boolean correct(String body) {
        if (!sendable(body)) {
            return false;
        }
        try {
            if (chat.correctLast(id, body).isPresent()) {
                return true;
            }
            notice(Messages.notice_nothingToCorrect);
        } catch (IllegalStateException e) {
            notConnected();
        } catch (IllegalArgumentException e) {
            notice(NLS.bind(Messages.notice_notSent, e.getMessage()));
        }
        return false;
    }

    /** Says in the user's language why a text cannot go (the service would refuse it too). */
    private boolean sendable(String body) {
        Optional<MessageText.Problem> problem = MessageText.check(body);
        problem.ifPresent(p -> notice(NLS.bind(Messages.notice_notSent, switch (p) {
            case INVALID_CHARACTERS -> Messages.notice_invalidCharacters;
            case TOO_LONG -> NLS.bind(Messages.notice_tooLong, MessageText.utf8Length(body) / 1000,
                    MessageText.MAX_BYTES / 1000);
        })));
        return problem.isEmpty();
    }

    private void notConnected() {
        notice(NLS.bind(Messages.notice_notSent, NLS.bind(Messages.notice_notConnected, accountName.get())));
    }

    @Override
    public Optional<String> lastSent() {
        return lastOwn.get().map(ChatMessage::body);
    }

    @Override
    public void notice(String text) {
        notice.accept(text);
    }
}
