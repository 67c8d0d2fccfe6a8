package org.causerie.whiteboard.ui.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.causerie.muc.RoomId;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardListener;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.WhiteboardInvitation;
import org.causerie.whiteboard.WhiteboardService;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The whiteboard UI's add-on (model fragment): registers the {@link BoardOpener}
 * OSGi service while the workbench runs (the room tool and the roster action wait
 * for it), and asks the user about one-to-one invitations.
 */
public final class WhiteboardAddon implements BoardOpener {

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;

    private volatile WhiteboardService service;
    private Display display;
    private BoardParts parts;
    private ServiceRegistration<BoardOpener> registration;
    private final BoardListener invitations = new BoardListener() {
        @Override
        public void invitationReceived(WhiteboardInvitation invitation) {
            later(() -> answer(invitation));
        }
    };

    @PostConstruct
    void start() {
        display = Display.getCurrent();
        parts = new BoardParts(application, models);
        registration = FrameworkUtil.getBundle(WhiteboardAddon.class).getBundleContext()
                .registerService(BoardOpener.class, this, null);
        WhiteboardService now = service;
        if (now != null) {
            now.addBoardListener(invitations);
        }
    }

    @PreDestroy
    void stop() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        setService(null);
    }

    @Inject
    void setService(@org.eclipse.e4.core.di.annotations.Optional @Service WhiteboardService next) {
        WhiteboardService old = service;
        if (old == next) {
            return;
        }
        if (old != null) {
            old.removeBoardListener(invitations);
        }
        service = next;
        if (next != null && parts != null) {
            next.addBoardListener(invitations);
        }
    }

    @Override
    public void openRoom(String accountId, String roomJid) {
        Optional<WhiteboardService> now = Optional.ofNullable(service);
        if (now.isEmpty()) {
            return;
        }
        RoomId room = new RoomId(accountId, roomJid);
        CompletableFuture<BoardSnapshot> opening = now.get().openRoom(room);
        // the service knows the board as soon as it is asked (it syncs in the background): show it at once
        Optional<BoardId> known = now.get().boards().stream().map(BoardSnapshot::board)
                .filter(b -> b.kind() == BoardId.Kind.ROOM && b.accountId().equals(accountId)
                        && b.peer().equals(room.room()))
                .findFirst();
        known.ifPresent(parts::open);
        opening.whenComplete((board, failure) -> later(() -> {
            if (failure != null) {
                error(failure);
            } else if (known.isEmpty()) {
                parts.open(board.board());
            }
        }));
    }

    @Override
    public void invite(String accountId, String peerFullJid) {
        WhiteboardService now = service;
        if (now != null) {
            now.invite(accountId, peerFullJid).whenComplete((board, failure) -> later(() -> {
                if (failure != null) {
                    error(failure);
                } else {
                    parts.open(board.board());
                }
            }));
        }
    }

    @Override
    public void show(BoardId board) {
        parts.open(board);
    }

    private void answer(WhiteboardInvitation invitation) {
        WhiteboardService now = service;
        if (now == null) {
            return;
        }
        if (MessageDialog.openQuestion(shell(), Messages.invitation_title,
                NLS.bind(Messages.invitation_text, invitation.from()))) {
            now.accept(invitation).whenComplete((board, failure) -> later(() -> {
                if (failure != null) {
                    error(failure);
                }
            }));
            parts.open(invitation.board());
        } else {
            now.decline(invitation);
        }
    }

    private void error(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        MessageDialog.openError(shell(), Messages.error_title, NLS.bind(Messages.error_open, cause.getMessage()));
    }

    private void later(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }

    private Shell shell() {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        return window.getWidget() instanceof Shell s ? s : display.getActiveShell();
    }
}
