package org.causerie.whiteboard.ui.tests;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.causerie.muc.RoomId;
import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.ui.internal.BoardParts;
import org.causerie.whiteboard.ui.internal.editor.BoardEditor;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The one workbench of this test bundle (one SWT display per process), and what the
 * tests look for in it: room editors' tool items, board editors.
 */
final class BoardWorkbench {

    /** The key room editors put contributed tool items' ids under (muc.ui's RoomToolBar.CONTRIBUTION_KEY). */
    static final String CONTRIBUTION_KEY = "org.causerie.muc.ui.contribution";
    private static final String ROOM_DESCRIPTOR = "org.causerie.muc.ui.partdescriptor.room";

    private static BoardWorkbench running;

    final WorkbenchRunner workbench;
    final Ui ui;

    private BoardWorkbench(WorkbenchRunner workbench) {
        this.workbench = workbench;
        this.ui = new Ui(workbench.display());
    }

    static synchronized BoardWorkbench get() throws Exception {
        if (running == null) {
            WorkbenchRunner runner = WorkbenchRunner.start(Duration.ofSeconds(60));
            running = new BoardWorkbench(runner);
            org.eclipse.swt.widgets.Shell window = running.ui.shell("Causerie");
            running.ui.run(() -> window.setBounds(0, 0, 1280, 880));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    runner.close();
                } catch (Exception e) {
                    // the process ends anyway
                }
            }));
        }
        return running;
    }

    private MApplication application() {
        return workbench.application();
    }

    /** @return the room editor's part of a room, once open (the rooms UI opens joined rooms itself) */
    MPart roomPart(RoomId room) {
        return ui.waitFor("the room editor of " + room, () -> application().getContext().get(EModelService.class)
                .findElements(application(), ROOM_DESCRIPTOR, MPart.class).stream()
                .filter(p -> room.accountId().equals(p.getPersistedState().get("org.causerie.muc.account"))
                        && room.room().equals(p.getPersistedState().get("org.causerie.muc.room"))
                        && p.getWidget() instanceof Composite c && !c.isDisposed())
                .findFirst());
    }

    /** Brings a part to the front. */
    void activate(MPart part) {
        ui.run(() -> application().getSelectedElement().getContext().get(EPartService.class).activate(part));
    }

    /** @return the contributed tool item with that id in a room editor, if there now */
    Optional<ToolItem> toolItem(MPart roomPart, String id) {
        if (!(roomPart.getWidget() instanceof Composite editor) || editor.isDisposed()) {
            return Optional.empty();
        }
        return Ui.all(editor, ToolBar.class, b -> true).stream().flatMap(b -> Arrays.stream(b.getItems()))
                .filter(i -> id.equals(i.getData(CONTRIBUTION_KEY))).findFirst();
    }

    /** Closes a board's editor (which leaves the board), if open. */
    void closeBoard(BoardId board) {
        ui.run(() -> new BoardParts(application(), application().getContext().get(EModelService.class)).find(board)
                .ifPresent(p -> application().getSelectedElement().getContext().get(EPartService.class)
                        .hidePart(p, true)));
    }

    /** @return the board's editor, once its part is rendered */
    BoardEditor boardEditor(BoardId board) {
        return ui.waitFor("the board editor of " + board, () -> new BoardParts(application(),
                application().getContext().get(EModelService.class)).find(board)
                .filter(p -> p.getObject() instanceof BoardEditor).map(p -> (BoardEditor) p.getObject()));
    }
}
