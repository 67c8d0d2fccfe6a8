package org.causerie.chat.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.causerie.chat.ChatListener;
import org.causerie.chat.ChatMessage;
import org.causerie.chat.ChatService;
import org.causerie.chat.ConversationId;
import org.causerie.core.AccountService;
import org.causerie.roster.RosterChange;
import org.causerie.roster.RosterListener;
import org.causerie.roster.RosterService;
import org.causerie.ui.ConversationOpener;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The chat UI's add-on (model fragment): provides the {@link ConversationOpener}
 * OSGi service (and in the application context), opens an editor in the
 * background for a message that has none and notifies of messages whose editor
 * is not visible, keeps editor labels with their unread counts, marks a
 * conversation read when its editor is shown, and remembers the open editors.
 */
public final class ChatAddon {

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;
    @Inject
    private IEventBroker events;

    private volatile ChatService chat;
    private volatile AccountService accounts;
    private volatile RosterService roster;

    private Display display;
    private ConversationParts parts;
    private Notifier notifier;
    private PartLabels labels;
    private ServiceRegistration<ConversationOpener> registration;
    /** Messages and unread changes queued for the display thread, handled in one go per burst. */
    private final ConcurrentLinkedQueue<ChatMessage> arrived = new ConcurrentLinkedQueue<>();
    private final Set<ConversationId> unreadChanged = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final ChatListener chatListener = new ChatListener() {
        @Override
        public void messageAdded(ChatMessage message) {
            // A message with only a payload (a plugin's, e.g. an XEP-0224 buzz) is the plugin's to announce.
            if (message.direction() == ChatMessage.Direction.IN && !message.carbon() && !message.body().isEmpty()) {
                arrived.add(message);
                scheduleDrain();
            }
        }

        @Override
        public void unreadChanged(ConversationId conversation, int unread) {
            unreadChanged.add(conversation);
            scheduleDrain();
        }
    };
    private final RosterListener rosterListener = new RosterListener() {
        @Override
        public void rosterChanged(RosterChange change) {
            if (!change.added().isEmpty() || !change.updated().isEmpty()) {
                later(() -> labels.updateAll());
            }
        }
    };
    private final EventHandler shown = this::partShown;
    private final AtomicBoolean rememberScheduled = new AtomicBoolean();
    /** Only chat editors added or removed matter: rooms, views and dialogs come and go too. */
    private final EventHandler childrenChanged = event -> {
        if (ConversationParts.addsOrRemovesAnEditor(event) && rememberScheduled.compareAndSet(false, true)) {
            later(() -> {
                rememberScheduled.set(false);
                remember();
            });
        }
    };

    @PostConstruct
    void start() {
        display = Display.getCurrent();
        parts = new ConversationParts(application, models);
        labels = new PartLabels(parts, () -> Optional.ofNullable(chat), () -> Optional.ofNullable(roster),
                () -> Optional.ofNullable(accounts));
        notifier = new Notifier(display, id -> open(id, Optional.empty(), true));
        ConversationOpener opener = (ref, resource) -> open(new ConversationId(ref.accountId(), ref.peerBareJid()),
                resource, true);
        application.getContext().set(ConversationOpener.class, opener);
        registration = FrameworkUtil.getBundle(ChatAddon.class).getBundleContext()
                .registerService(ConversationOpener.class, opener, null);
        events.subscribe(UIEvents.UILifeCycle.ACTIVATE, shown);
        events.subscribe(UIEvents.UILifeCycle.BRINGTOTOP, shown);
        events.subscribe(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT, shown);
        events.subscribe(UIEvents.ElementContainer.TOPIC_CHILDREN, childrenChanged);
        // once the window is up: reopen what was open at the last exit, behind the current view
        display.asyncExec(() -> OpenConversations.load().forEach(id -> open(id, Optional.empty(), false)));
    }

    @PreDestroy
    void stop() {
        events.unsubscribe(shown);
        events.unsubscribe(childrenChanged);
        if (registration != null) {
            registration.unregister();
        }
        setChat(null);
        setRoster(null);
        // normally on the display thread; when the framework stops first, from its thread
        if (Display.getCurrent() == display) {
            notifier.closeAll();
        } else if (!display.isDisposed()) {
            display.asyncExec(notifier::closeAll);
        }
    }

    @Inject
    void setChat(@org.eclipse.e4.core.di.annotations.Optional @Service ChatService service) {
        ChatService old = chat;
        if (old == service) {
            return;
        }
        if (old != null) {
            old.removeChatListener(chatListener);
        }
        chat = service;
        if (service != null) {
            service.addChatListener(chatListener);
        }
    }

    @Inject
    void setRoster(@org.eclipse.e4.core.di.annotations.Optional @Service RosterService service) {
        RosterService old = roster;
        if (old == service) {
            return;
        }
        if (old != null) {
            old.removeListener(rosterListener);
        }
        roster = service;
        if (service != null) {
            service.addListener(rosterListener);
        }
    }

    @Inject
    void setAccounts(@org.eclipse.e4.core.di.annotations.Optional @Service AccountService service) {
        accounts = service;
    }

    /** Opens (or brings to front) a conversation's editor; display thread. */
    private void open(ConversationId id, Optional<String> resource, boolean activate) {
        MPart part = parts.open(id, resource, activate);
        labels.update(part, id);
        if (activate) {
            seen(id);
        }
    }

    private void scheduleDrain() {
        if (drainScheduled.compareAndSet(false, true)) {
            later(this::drain);
        }
    }

    /** Display thread: what arrived since the last drain, one step per conversation (a burst is one update). */
    private void drain() {
        drainScheduled.set(false);
        Map<ConversationId, List<ChatMessage>> byConversation = new LinkedHashMap<>();
        for (ChatMessage m = arrived.poll(); m != null; m = arrived.poll()) {
            byConversation.computeIfAbsent(m.conversation(), id -> new ArrayList<>()).add(m);
        }
        byConversation.forEach((id, messages) -> incoming(id, messages));
        for (ConversationId id : List.copyOf(unreadChanged)) {
            unreadChanged.remove(id);
            labels.update(id);
        }
    }

    private void incoming(ConversationId id, List<ChatMessage> messages) {
        Optional<MPart> part = parts.find(id);
        if (part.isPresent() && parts.visible(part.get())) {
            seen(id);
            return;
        }
        if (part.isEmpty()) {
            // Psi and Gajim: a new conversation opens behind the current view, focus stays put
            open(id, Optional.empty(), false);
        }
        notifier.notify(messages.get(messages.size() - 1), messages.size(), Names.peer(Optional.ofNullable(roster), id),
                Names.account(Optional.ofNullable(accounts), id.accountId()));
    }

    private void partShown(Event event) {
        Object element = event.getProperty(UIEvents.EventTags.ELEMENT);
        Object value = event.getProperty(UIEvents.EventTags.NEW_VALUE);
        Object candidate = value instanceof MPart ? value : element;
        if (candidate instanceof MPart part) {
            ConversationParts.conversation(part).ifPresent(id -> later(() -> {
                if (parts.visible(part)) {
                    seen(id);
                }
            }));
        }
    }

    private void seen(ConversationId id) {
        notifier.seen(id);
        ChatService service = chat;
        if (service != null && service.unreadCount(id) > 0) {
            service.markRead(id);
        }
    }

    private void remember() {
        OpenConversations.save(parts.all().stream().map(ConversationParts::conversation)
                .flatMap(Optional::stream).toList());
    }

    private void later(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!display.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }
}
