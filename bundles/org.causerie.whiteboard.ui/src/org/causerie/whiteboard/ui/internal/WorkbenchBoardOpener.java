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
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link BoardOpener} of the running workbench (a DS component needing the
 * workbench's {@link IWorkbench} service and the whiteboard service), which also
 * asks the user about one-to-one invitations (immediate: invitations are answered
 * even before anything used it). Being a component, it comes back
 * when this bundle is stopped and started again within one workbench (an e4
 * add-on, which it was before, runs once per workbench).
 */
@Component(service = BoardOpener.class, immediate = true)
public final class WorkbenchBoardOpener implements BoardOpener {

    @Reference
    private IWorkbench workbench;
    @Reference
    private WhiteboardService service;

    private MApplication application;
    private BoardParts parts;
    private final BoardListener invitations = new BoardListener() {
        @Override
        public void invitationReceived(WhiteboardInvitation invitation) {
            later(() -> answer(invitation));
        }
    };

    @Activate
    void activate() {
        application = workbench.getApplication();
        parts = new BoardParts(application, application.getContext().get(EModelService.class));
        service.addBoardListener(invitations);
    }

    @Deactivate
    void deactivate() {
        service.removeBoardListener(invitations);
    }

    @Override
    public void openRoom(String accountId, String roomJid) {
        RoomId room = new RoomId(accountId, roomJid);
        CompletableFuture<BoardSnapshot> opening = service.openRoom(room);
        // the service knows the board as soon as it is asked (it syncs in the background): show it at once
        Optional<BoardId> known = service.boards().stream().map(BoardSnapshot::board)
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
        service.invite(accountId, peerFullJid).whenComplete((board, failure) -> later(() -> {
            if (failure != null) {
                error(failure);
            } else {
                parts.open(board.board());
            }
        }));
    }

    @Override
    public void show(BoardId board) {
        parts.open(board);
    }

    private void answer(WhiteboardInvitation invitation) {
        if (MessageDialog.openQuestion(shell(), Messages.invitation_title,
                NLS.bind(Messages.invitation_text, invitation.from()))) {
            service.accept(invitation).whenComplete((board, failure) -> later(() -> {
                if (failure != null) {
                    error(failure);
                }
            }));
            parts.open(invitation.board());
        } else {
            service.decline(invitation);
        }
    }

    private void error(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        MessageDialog.openError(shell(), Messages.error_title, NLS.bind(Messages.error_open, cause.getMessage()));
    }

    /** Runs on the workbench's display thread, later. */
    private void later(Runnable runnable) {
        UISynchronize sync = application.getContext().get(UISynchronize.class);
        if (sync != null) {
            sync.asyncExec(runnable);
        } else {
            Display display = Display.getDefault();
            if (!display.isDisposed()) {
                display.asyncExec(runnable);
            }
        }
    }

    private Shell shell() {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        return window.getWidget() instanceof Shell s ? s : Display.getCurrent().getActiveShell();
    }
}
