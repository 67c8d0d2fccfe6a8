package org.causerie.chat.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.causerie.chat.ChatListener;
import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatService;
import org.causerie.chat.ChatState;
import org.causerie.chat.ConversationId;
import org.causerie.chat.DeliveryState;
import org.causerie.chat.MessageText;
import org.causerie.core.MessagePayloadContribution;
import org.causerie.core.spi.SmackPayloads;
import org.causerie.core.spi.SmackSession;
import org.eclipse.osgi.service.datalocation.Location;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.chatstates.packet.ChatStateExtension;
import org.jivesoftware.smackx.message_correct.element.MessageCorrectExtension;
import org.jivesoftware.smackx.receipts.DeliveryReceiptRequest;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link ChatService}: follows every session (a dynamic reference), keeps
 * conversations in a store under the instance location
 * ({@code .metadata/.plugins/org.causerie.chat/conversations}), or the bundle's
 * data area when the application has no instance location.
 */
@Component(service = ChatService.class, immediate = true)
public final class SmackChatService implements ChatService {

    private final Map<String, SmackSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, AccountChat> accounts = new ConcurrentHashMap<>();
    private Conversations conversations;
    private final SmackPayloads payloads = new SmackPayloads();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY,
            target = "(type=osgi.instance.area)")
    private volatile Location instanceLocation;

    @Activate
    synchronized void activate(BundleContext context) throws IOException {
        conversations = new Conversations(new ConversationStore(directory(context)));
        // Sessions bound before activation are started now.
        sessions.values().forEach(this::start);
    }

    private void start(SmackSession session) {
        AccountChat chat = new AccountChat(session, conversations, payloads);
        accounts.put(session.account().id(), chat);
        chat.start();
    }

    private Path directory(BundleContext context) {
        Location location = instanceLocation;
        if (location != null && location.getURL() != null) {
            try {
                return Path.of(location.getURL().toURI()).resolve(".metadata/.plugins/org.causerie.chat/conversations");
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file: URL; fall back to the bundle's data area
            }
        }
        return context.getDataFile("conversations").toPath();
    }

    @Deactivate
    synchronized void deactivate() {
        accounts.values().forEach(AccountChat::stop);
        accounts.clear();
        conversations.close();
    }

    /** Called before activation for the sessions already there, then as they come (before initial presence). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addSession(SmackSession session) {
        sessions.put(session.account().id(), session);
        if (conversations != null) {
            start(session);
        }
    }

    synchronized void removeSession(SmackSession session) {
        String id = session.account().id();
        if (!sessions.remove(id, session)) {
            return;
        }
        AccountChat chat = accounts.remove(id);
        if (chat != null) {
            chat.stop();
        }
    }

    /** Plugins' payload namespaces: kept in the messages received from then on. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPayloads(MessagePayloadContribution contribution) {
        payloads.add(contribution);
    }

    void removePayloads(MessagePayloadContribution contribution) {
        payloads.remove(contribution);
    }

    private static void requireSendable(String body) {
        MessageText.check(body).ifPresent(problem -> {
            throw new IllegalArgumentException(switch (problem) {
                case INVALID_CHARACTERS -> "the text holds characters XMPP cannot carry (control characters,"
                        + " U+FFFE, U+FFFF or a lone surrogate)";
                case TOO_LONG -> "the text is " + MessageText.utf8Length(body) + " bytes long; at most "
                        + MessageText.MAX_BYTES + " are sent";
            });
        });
    }

    private AccountChat account(String accountId) {
        AccountChat chat = accounts.get(accountId);
        if (chat == null) {
            throw new IllegalStateException("account " + accountId + " is not connected");
        }
        return chat;
    }

    @Override
    public ChatMessage send(ConversationId conversation, String body) {
        return send(conversation.accountId(), conversation.peer(), body);
    }

    @Override
    public ChatMessage send(String accountId, String to, String body) {
        requireSendable(body);
        AccountChat chat = account(accountId);
        Outbound out = chat.outbound();
        // XEP-0184 §5.1: a request on every chat message; XEP-0085 §5.1: <active/> with each message.
        Message stanza = out.build(to, body, new DeliveryReceiptRequest(),
                new ChatStateExtension(org.jivesoftware.smackx.chatstates.ChatState.active));
        ConversationId id = ConversationId.of(accountId, to);
        Conversation conversation = conversations.get(id);
        ChatMessage message = new ChatMessage(stanza.getStanzaId(), id, ChatMessage.Direction.OUT,
                chat.boundJid(), to, body, java.time.Instant.now(), DeliveryState.QUEUED, false, Optional.empty(),
                false);
        conversation.add(message);
        conversation.sentActive();
        out.send(stanza, id, message.id());
        return message;
    }

    @Override
    public Optional<ChatMessage> correctLast(ConversationId id, String newBody) {
        requireSendable(newBody);
        AccountChat chat = account(id.accountId());
        Conversation conversation = conversations.get(id);
        Optional<ChatMessage> last = conversation.lastSent();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        ChatMessage original = last.get();
        // XEP-0308 §3: a new stanza to the same address naming the original message's id.
        Message stanza = chat.outbound().build(original.to(), newBody, new MessageCorrectExtension(original.id()),
                new DeliveryReceiptRequest(),
                new ChatStateExtension(org.jivesoftware.smackx.chatstates.ChatState.active));
        Optional<ChatMessage> corrected = conversation.update(ChatMessage.Direction.OUT, original.id(),
                m -> m.corrected(newBody, stanza.getStanzaId()));
        chat.outbound().send(stanza, id, original.id());
        return corrected;
    }

    @Override
    public void setChatState(ConversationId id, ChatState state) {
        AccountChat chat = account(id.accountId());
        if (!conversations.get(id).mayNotify(state)) {
            return;
        }
        String to = conversations.get(id).lastSent().map(ChatMessage::to).orElse(id.peer());
        chat.outbound().send(chat.outbound().build(to, null, new ChatStateExtension(
                org.jivesoftware.smackx.chatstates.ChatState.valueOf(state.name().toLowerCase(java.util.Locale.ROOT)))));
    }

    @Override
    public Map<String, ChatState> chatStates(ConversationId id) {
        return conversations.find(id).map(Conversation::peerStates).orElse(Map.of());
    }

    @Override
    public List<ChatMessage> history(ConversationId id) {
        return conversations.find(id).map(Conversation::history).orElse(List.of());
    }

    @Override
    public List<ConversationId> conversations() {
        return conversations.ids();
    }

    @Override
    public int unreadCount(ConversationId id) {
        return conversations.find(id).map(Conversation::unread).orElse(0);
    }

    @Override
    public void markRead(ConversationId id) {
        conversations.find(id).ifPresent(Conversation::markRead);
    }

    @Override
    public void addChatListener(ChatListener listener) {
        conversations.addListener(listener);
    }

    @Override
    public void removeChatListener(ChatListener listener) {
        conversations.removeListener(listener);
    }
}
