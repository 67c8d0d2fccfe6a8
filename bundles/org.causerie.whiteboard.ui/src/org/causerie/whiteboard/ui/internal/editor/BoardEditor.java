package org.causerie.whiteboard.ui.internal.editor;

import java.util.List;
import java.util.Optional;

import org.causerie.muc.RoomId;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardListener;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.PersistenceEvent;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.SyncState;
import org.causerie.whiteboard.WhiteboardService;
import org.causerie.whiteboard.ui.internal.BoardParts;
import org.causerie.whiteboard.ui.internal.Messages;
import org.causerie.whiteboard.ui.internal.WidgetIds;
import org.causerie.whiteboard.ui.internal.canvas.BoardCanvas;
import org.causerie.whiteboard.ui.internal.canvas.Tool;
import org.causerie.whiteboard.ui.internal.canvas.ToolInput;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ToolItem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A board's editor (an e4 part from the fragment's descriptor): the palette, the
 * canvas, who is in the session and a status line. Edits show at once (the service's
 * snapshot after the edit); the board's changes, rollbacks and refusals arrive on
 * the service's thread and are shown on the display thread. Closing it leaves the board.
 */
public final class BoardEditor {

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    @Service
    private WhiteboardService service;

    private BoardId board;
    private Display display;
    private Palette palette;
    private BoardCanvas canvas;
    private org.eclipse.swt.widgets.List participants;
    private StatusLine status;
    private ToolItem undo;
    private ToolItem redo;
    private BoardFiles files;
    private Optional<BoardSnapshot> shown = Optional.empty();
    private final BoardListener listener = new BoardListener() {
        @Override
        public void boardChanged(BoardSnapshot snapshot) {
            if (snapshot.board().equals(board)) {
                later(() -> show(snapshot));
            }
        }

        @Override
        public void editRolledBack(BoardId id, String reason) {
            if (id.equals(board)) {
                later(() -> say(NLS.bind(Messages.rolledBack, reason)));
            }
        }

        @Override
        public void recordsRefused(BoardId id, String sender, String reason) {
            if (id.equals(board)) {
                later(() -> say(NLS.bind(Messages.refused, sender, reason)));
            }
        }

        @Override
        public void persistence(PersistenceEvent event) {
            if (event.board().equals(board)) {
                StatusLine.persistenceMessage(event).ifPresent(text -> later(() -> say(text)));
            }
        }
    };

    @PostConstruct
    void create(Composite parent, MPart part) {
        display = parent.getDisplay();
        board = BoardParts.board(part).orElseThrow(() -> new IllegalStateException("not a board part"));
        parent.setLayout(new GridLayout(1, false));
        palette = new Palette(parent);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(palette.control());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        canvas = new BoardCanvas(sash);
        participants = WidgetIds.name(new org.eclipse.swt.widgets.List(sash, SWT.BORDER | SWT.V_SCROLL),
                WidgetIds.PARTICIPANTS);
        participants.setToolTipText(Messages.participants);
        sash.setWeights(85, 15);
        status = new StatusLine(parent);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status.control());
        new ToolInput(canvas, palette::tool, palette::style, new ToolInput.Sink() {
            @Override
            public void edit(Edit edit) {
                BoardEditor.this.edit(edit);
            }

            @Override
            public void askText(Point at) {
                BoardEditor.this.askText(at);
            }
        });
        commands();
        canvas.control().addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.DEL || e.keyCode == SWT.BS) && canvas.selected().isPresent()) {
                edit(new Edit.Delete(canvas.selected().get()));
            } else if ((e.stateMask & SWT.MOD1) != 0 && e.keyCode == 'z') {
                undo();
            } else if ((e.stateMask & SWT.MOD1) != 0 && e.keyCode == 'y') {
                redo();
            }
        });
        if (service != null) {
            service.addBoardListener(listener);
            Optional<BoardSnapshot> now = service.board(board);
            if (now.isEmpty() && board.kind() == BoardId.Kind.ROOM) {
                // a board editor restored with the workbench: connect to the room's board again
                service.openRoom(new RoomId(board.accountId(), board.peer()))
                        .whenComplete((s, f) -> later(() -> say(f == null ? "" : NLS.bind(Messages.error_open,
                                f.getCause() != null ? f.getCause().getMessage() : f.getMessage()))));
            }
            now.or(() -> service.board(board)).ifPresent(this::show);
        }
    }

    private void commands() {
        palette.command("zoomIn", Messages.zoomIn, () -> zoom(1.25));
        palette.command("zoomOut", Messages.zoomOut, () -> zoom(0.8));
        palette.command("zoomReset", Messages.zoomReset, () -> {
            canvas.view().resetZoom();
            canvas.repaintAll();
        });
        palette.group();
        undo = palette.command("undo", Messages.undo, this::undo);
        redo = palette.command("redo", Messages.redo, this::redo);
        files = new BoardFiles(canvas, () -> shown, this::edit, this::say,
                () -> service == null ? 0 : service.limits().maxImageChars());
        palette.group();
        palette.command("toFront", Messages.toFront, () -> reorder(Edit.ZOrder.FRONT));
        palette.command("forward", Messages.forward, () -> reorder(Edit.ZOrder.FORWARD));
        palette.command("backward", Messages.backward, () -> reorder(Edit.ZOrder.BACKWARD));
        palette.command("toBack", Messages.toBack, () -> reorder(Edit.ZOrder.BACK));
        palette.onStyleChange(this::restyleSelection);
        palette.group();
        palette.command("exportPng", Messages.exportPng, files::exportPng);
        palette.command("exportSvg", Messages.exportSvg, files::exportSvg);
        palette.command("importImage", Messages.importImage, files::importImage);
    }

    private void reorder(Edit.ZOrder to) {
        canvas.selected().ifPresentOrElse(id -> edit(new Edit.Reorder(id, to)), () -> say(Messages.selectFirst));
    }

    /** With the Select tool, a colour or width picked restyles the selected shape (its fill and opacity stay). */
    private void restyleSelection() {
        if (palette.tool() != Tool.SELECT) {
            return;
        }
        canvas.selected().flatMap(canvas::shape).ifPresent(shape -> {
            Style picked = palette.style();
            Optional<String> fill = shape.kind() == ShapeKind.TEXT && shape.style().fill().isPresent()
                    ? Optional.of(picked.stroke()) : shape.style().fill(); // a text's colour is its fill
            edit(new Edit.Restyle(shape.id(), new Style(picked.stroke(), picked.width(), fill,
                    shape.style().opacity())));
        });
    }

    private void zoom(double factor) {
        var size = canvas.control().getSize();
        canvas.view().zoomBy(factor, size.x / 2, size.y / 2);
        canvas.repaintAll();
    }

    /** Makes an edit and shows the board with it at once. */
    public void edit(Edit edit) {
        if (service == null || shown.filter(s -> s.state() == SyncState.SYNCED).isEmpty()) {
            return;
        }
        status.clearNotice();
        try {
            show(service.editAndShow(board, edit));
        } catch (IllegalArgumentException | IllegalStateException e) {
            say(NLS.bind(Messages.error_edit, e.getMessage()));
        }
    }

    private void undo() {
        status.clearNotice();
        if (service != null && service.undo(board)) {
            service.board(board).ifPresent(this::show);
        }
    }

    private void redo() {
        status.clearNotice();
        if (service != null && service.redo(board)) {
            service.board(board).ifPresent(this::show);
        }
    }

    private void askText(Point at) {
        InputDialog dialog = new InputDialog(canvas.control().getShell(), Messages.text_title, Messages.text_prompt,
                "", text -> text.isBlank() ? "" : null);
        if (dialog.open() == Window.OK) {
            Style style = palette.style();
            edit(new Edit.Add(ShapeKind.TEXT, List.of(at), style, Optional.of(dialog.getValue()),
                    10 + style.width() * 3, Optional.empty()));
        }
    }

    private void show(BoardSnapshot snapshot) {
        if (canvas.control().isDisposed()) {
            return;
        }
        shown = Optional.of(snapshot);
        canvas.show(snapshot.shapes());
        if (!List.of(participants.getItems()).equals(snapshot.participants())) {
            participants.setItems(snapshot.participants().toArray(String[]::new));
        }
        undo.setEnabled(snapshot.canUndo());
        redo.setEnabled(snapshot.canRedo());
        status.state(board, snapshot);
    }

    /** Says something the user must see (a rollback, a refusal, an error): it stays until their next edit. */
    private void say(String text) {
        status.say(text);
    }

    private void later(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!canvas.control().isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    /** @return the board shown */
    public BoardId board() {
        return board;
    }

    /** @return the canvas */
    public BoardCanvas canvas() {
        return canvas;
    }

    /** @return the file commands (export, import) */
    public BoardFiles files() {
        return files;
    }

    /** @return the palette */
    public Palette palette() {
        return palette;
    }

    /** @return the board as last shown */
    public Optional<BoardSnapshot> shown() {
        return shown;
    }

    @PreDestroy
    void dispose() {
        if (service != null) {
            service.removeBoardListener(listener);
            service.close(board);
        }
    }
}
