package org.causerie.chat.ui.internal.editor;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.causerie.chat.ChatService;
import org.causerie.chat.ChatState;
import org.causerie.chat.ConversationId;
import org.causerie.chat.ui.internal.ConversationParts;
import org.causerie.chat.ui.internal.Messages;
import org.causerie.chat.ui.internal.Names;
import org.causerie.chat.ui.internal.WidgetIds;
import org.causerie.chat.ui.internal.text.MessageFormatter;
import org.causerie.chat.ui.internal.text.RenderedMessage;
import org.causerie.ui.text.Timestamps;
import org.causerie.ui.text.WholeMessageWindow;
import org.causerie.core.AccountService;
import org.causerie.roster.RosterChange;
import org.causerie.roster.RosterListener;
import org.causerie.roster.RosterService;
import org.causerie.roster.RosterSnapshot;
import org.causerie.ui.ChatPanelContribution;
import org.causerie.ui.Contributions;
import org.causerie.ui.ConversationOpener;
import org.causerie.ui.ConversationRef;
import org.causerie.ui.FileDropArea;
import org.causerie.ui.FileDropContribution;
import org.causerie.ui.FileDrops;
import org.causerie.ui.MessageRendererContribution;
import org.causerie.ui.RoomOpener;
import org.causerie.ui.RoomRef;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.EventHandler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The editor of one conversation (an e4 POJO part made from the fragment's
 * descriptor): the peer and the account at the top with the resource selector,
 * the transcript, the peer's chat state, the input, and the contributed panels
 * beside them. The conversation comes from the part's persisted state.
 */
public final class ChatEditor {

    @Inject
    private MPart part;
    @Inject
    private IEventBroker events;
    @Inject
    @Service
    private ChatService chat;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    @Service
    private AccountService accounts;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    @Service
    private RosterService roster;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private ConversationOpener opener;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    @Service
    private RoomOpener roomOpener;

    private ConversationId id;
    private Display display;
    private volatile String peerName;
    private EditorLayout layout;
    private Transcript transcript;
    private InputBox input;
    private ResourceSelector resources;
    private OwnChatState ownState;
    private PanelArea panels;
    private ConversationFeed feed;
    private Contributions<ChatPanelContribution> contributions;
    private Contributions<FileDropContribution> fileDrops;
    private Contributions<MessageRendererContribution> renderers;
    private EmoticonPreference emoticons;
    private boolean active;
    private final EventHandler activation = event -> {
        boolean nowActive = event.getProperty(UIEvents.EventTags.ELEMENT) == part;
        if (active && !nowActive) {
            ownState.deactivated();
        }
        active = nowActive;
    };
    private final RosterListener rosterListener = new RosterListener() {
        @Override
        public void rosterChanged(RosterChange change) {
            if (change.accountId().equals(id.accountId())) {
                later(ChatEditor.this::rosterChanged);
            }
        }

        @Override
        public void rosterAdded(RosterSnapshot snapshot) {
            if (snapshot.accountId().equals(id.accountId())) {
                later(ChatEditor.this::rosterChanged);
            }
        }

        @Override
        public void rosterRemoved(String accountId) {
            if (accountId.equals(id.accountId())) {
                later(ChatEditor.this::rosterChanged);
            }
        }
    };

    @PostConstruct
    void create(Composite parent) {
        id = ConversationParts.conversation(part).orElseThrow(() -> new IllegalStateException("no conversation"));
        display = parent.getDisplay();
        peerName = Names.peer(Optional.ofNullable(roster), id);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        layout = new EditorLayout(sash);
        ownState = new OwnChatState(display, this::sendState, () -> transcript.size() > 0);
        emoticons = new EmoticonPreference();
        transcript = new Transcript(layout.main(), new Transcript.Actions() {
            @Override
            public void openLink(String address) {
                new LinkOpener(jid -> openConversation(jid), ChatEditor.this::joinRoom,
                        a -> notice(NLS.bind(Messages.notice_linkFailed, a))).open(address);
            }

            @Override
            public void showWhole(org.causerie.chat.ChatMessage message) {
                String sender = feed.format(message).text().lines().findFirst().orElse("");
                WidgetIds.name(WholeMessageWindow.open(parent.getShell(), NLS.bind(Messages.whole_title, sender),
                        message.body()), WidgetIds.WHOLE_MESSAGE);
            }
        }, emoticons.pictures());
        input = new InputBox(layout.main(), new Sender(chat, id, () -> resources.address(),
                () -> Names.account(Optional.ofNullable(accounts), id.accountId()), transcript::lastOwn,
                this::notice), ownState);
        resources = new ResourceSelector(layout.place(transcript, input), id);
        layout.finish();
        new TranscriptMenu(transcript, input, emoticons);
        panels = new PanelArea(sash, new ConversationRef(id.accountId(), id.peer()),
                () -> sash.setMaximizedControl(panels.isEmpty() ? layout.main() : null));
        sash.setWeights(3, 1);
        sash.setMaximizedControl(layout.main());
        showNames();
        Optional.ofNullable((String) part.getTransientData().get(ConversationParts.RESOURCE))
                .ifPresent(r -> resources.choose(Optional.of(r)));
        rosterChanged();
        emoticons.listen(on -> later(() -> transcript.setPictures(on)));
        // A renderer coming or going lays out again the messages with payloads, in place.
        renderers = Contributions.track(FrameworkUtil.getBundle(ChatEditor.class).getBundleContext(),
                MessageRendererContribution.class, laterExecutor(),
                list -> transcript.show(transcript.withPayloads().stream().map(feed::format).toList()));
        feed = new ConversationFeed(chat, id, new MessageFormatter(Messages.labels(), Timestamps.local(),
                renderers::current), () -> peerName, laterExecutor(), new FeedView());
        feed.start();
        chat.chatStates(id).forEach((jid, state) -> layout.peerState(Messages.peerState(state, peerName)));
        contributions = Contributions.track(FrameworkUtil.getBundle(ChatEditor.class).getBundleContext(),
                ChatPanelContribution.class, laterExecutor(), panels::show);
        fileDrops = Contributions.track(FrameworkUtil.getBundle(ChatEditor.class).getBundleContext(),
                FileDropContribution.class, Runnable::run, list -> {
                });
        ConversationRef conversation = new ConversationRef(id.accountId(), id.peer());
        FileDropArea.attach(() -> FileDrops.forConversation(fileDrops.current(), conversation)
                .map(c -> (files, shell) -> c.drop(conversation, resources.resource(), files, shell)),
                transcript.control(), input.control());
        if (roster != null) {
            roster.addListener(rosterListener);
        }
        events.subscribe(UIEvents.UILifeCycle.ACTIVATE, activation);
    }

    /** Chooses the peer's resource to send to (the opener's choice); display thread. */
    public void selectResource(String resource) {
        resources.choose(Optional.of(resource));
    }

    /** @return the conversation shown */
    public ConversationId conversation() {
        return id;
    }

    @Focus
    void focus() {
        input.control().setFocus();
        active = true;
        ownState.activated();
    }

    @PreDestroy
    void dispose() {
        events.unsubscribe(activation);
        if (roster != null) {
            roster.removeListener(rosterListener);
        }
        contributions.close();
        fileDrops.close();
        renderers.close();
        feed.stop();
        emoticons.close();
        ownState.closed();
    }

    private void rosterChanged() {
        peerName = Names.peer(Optional.ofNullable(roster), id);
        showNames();
        resources.update(Optional.ofNullable(roster).flatMap(r -> r.roster(id.accountId())));
    }

    private void showNames() {
        String account = Names.account(Optional.ofNullable(accounts), id.accountId());
        layout.names(peerName.equals(id.peer()) ? peerName : peerName + "  <" + id.peer() + ">",
                NLS.bind(Messages.header_account, account));
    }

    private void openConversation(String jid) {
        if (opener != null) {
            opener.open(new ConversationRef(id.accountId(), jid), Optional.empty());
        }
    }

    /** @return whether a room UI took the room (RoomOpener service) */
    private boolean joinRoom(String roomJid, Optional<String> password) {
        RoomOpener rooms = roomOpener;
        if (rooms == null) {
            return false;
        }
        rooms.open(new RoomRef(id.accountId(), roomJid), password);
        return true;
    }

    private void sendState(ChatState state) {
        try {
            chat.setChatState(id, state);
        } catch (IllegalStateException e) {
            // the account is offline: there is nobody to tell
        }
    }

    private void notice(String text) {
        layout.notice(text);
    }

    private Executor laterExecutor() {
        return this::later;
    }

    private void later(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!layout.main().isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    /** The feed's output, on the display thread. */
    private final class FeedView implements ConversationFeed.View {
        @Override
        public void history(List<RenderedMessage> messages) {
            transcript.setAll(messages);
            if (active) {
                ownState.activated(); // the conversation has started after all: say so now that it shows
            }
        }

        @Override
        public void messages(List<RenderedMessage> messages) {
            transcript.show(messages);
        }

        @Override
        public void peerState(String fullJid, ChatState state) {
            layout.peerState(Messages.peerState(state, peerName));
        }
    }
}
