package org.causerie.muc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.causerie.muc.MucService;
import org.causerie.muc.Occupant;
import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.MucUi;
import org.causerie.muc.ui.internal.RoomParts;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.muc.ui.internal.editor.RoomEditor;
import org.causerie.muc.ui.internal.editor.RoomToolBar;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;

/** Drives the rooms UI of the running workbench the way a user would, from the test thread. */
final class RoomDriver {

    private final WorkbenchRunner workbench;
    private final Ui ui;

    RoomDriver(WorkbenchRunner workbench, Ui ui) {
        this.workbench = workbench;
        this.ui = ui;
    }

    Ui ui() {
        return ui;
    }

    /** @return the rooms UI of the workbench (display thread) */
    MucUi mucUi() {
        return workbench.application().getContext().get(MucUi.class);
    }

    static MucService muc() {
        return Services.get(MucService.class);
    }

    /** Runs a command of the model (a Rooms menu item) without waiting: it may open a modal dialog. */
    void command(String id) {
        ui.runAsync(() -> {
            IEclipseContext context = workbench.application().getSelectedElement().getContext();
            ParameterizedCommand command = context.get(ECommandService.class).createCommand(id, null);
            context.get(EHandlerService.class).executeHandler(command);
        });
    }

    /** @return the visible shell named {@code id}, once there is one */
    Shell shellNamed(String id) {
        return ui.waitFor("a window named " + id, () -> Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && id.equals(s.getData(WidgetIds.KEY))).findFirst());
    }

    private RoomParts parts() {
        MApplication application = workbench.application();
        return new RoomParts(application, application.getContext().get(EModelService.class));
    }

    Optional<MPart> part(RoomId id) {
        return parts().find(id);
    }

    /** @return the editor's composite, once the part is rendered and all its widgets are made */
    Composite editor(RoomId id) {
        return ui.waitFor("the editor of " + id, () -> part(id)
                .filter(p -> p.getObject() instanceof RoomEditor e && e.built() && p.getWidget() instanceof Composite c
                        && !c.isDisposed())
                .map(p -> (Composite) p.getWidget()));
    }

    RoomEditor editorObject(RoomId id) {
        editor(id);
        return ui.read(() -> (RoomEditor) part(id).orElseThrow().getObject());
    }

    /** The room tab's transcript (the first one; private tabs come after it). */
    StyledText transcript(RoomId id) {
        Composite editor = editor(id);
        return ui.read(() -> Ui.all(editor, StyledText.class, t -> WidgetIds.TRANSCRIPT.equals(t.getData(WidgetIds.KEY)))
                .get(0));
    }

    String waitForTranscript(RoomId id, String what, Predicate<String> condition) {
        StyledText text = transcript(id);
        return ui.waitFor(what + " in the transcript of " + id, () -> Optional.of(text.getText()).filter(condition));
    }

    /** Clicks the first occurrence of {@code text} in the room tab's transcript, as a mouse click would. */
    void clickText(RoomId id, String text) {
        StyledText transcript = transcript(id);
        ui.run(() -> {
            int offset = transcript.getText().indexOf(text);
            if (offset < 0) {
                throw new AssertionError("'" + text + "' not in the transcript");
            }
            transcript.setSelection(offset);
            transcript.showSelection();
            org.eclipse.swt.graphics.Point at = transcript.getLocationAtOffset(offset + 1);
            Event event = new Event();
            event.button = 1;
            event.x = at.x + 2;
            event.y = at.y + transcript.getLineHeight(offset) / 2;
            transcript.notifyListeners(SWT.MouseUp, event);
        });
    }

    /** Types into the room tab's input and presses Enter. */
    void send(RoomId id, String body) {
        Composite editor = editor(id);
        Text input = ui.read(() -> Ui.all(editor, Text.class, t -> WidgetIds.INPUT.equals(t.getData(WidgetIds.KEY)))
                .get(0));
        ui.run(() -> {
            input.setText(body);
            Event event = new Event();
            event.keyCode = SWT.CR;
            event.character = '\r';
            input.notifyListeners(SWT.KeyDown, event);
        });
    }

    /** Brings the room's editor to the front, as a click on its tab does. */
    void activate(RoomId id) {
        editor(id);
        ui.run(() -> workbench.application().getSelectedElement().getContext().get(EPartService.class)
                .activate(part(id).orElseThrow()));
    }

    /**
     * Waits until the room editor's occupant list shows the occupant as it is now (the
     * list follows the room's changes a little later than the service sees them).
     */
    void waitForOccupant(RoomId id, String nick, Predicate<Occupant> now) {
        RoomEditor editor = editorObject(id);
        ui.waitFor(nick + " as expected in the occupants of " + id, () -> Arrays
                .stream(editor.occupants().control().getItems()).flatMap(g -> Arrays.stream(g.getItems()))
                .filter(i -> i.getData() instanceof Occupant o && o.nick().equals(nick) && now.test(o)).findFirst());
    }

    /** Selects an occupant in the room editor's list and opens its context menu (filled as it opens). */
    Menu occupantMenu(RoomId id, String nick) {
        RoomEditor editor = editorObject(id);
        TreeItem item = ui.waitFor(nick + " in the occupants of " + id, () -> Arrays
                .stream(editor.occupants().control().getItems()).flatMap(g -> Arrays.stream(g.getItems()))
                .filter(i -> i.getData() instanceof Occupant o && o.nick().equals(nick)).findFirst());
        ui.select(item);
        return ui.read(() -> {
            Menu menu = editor.occupants().control().getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            return menu;
        });
    }

    /** @return the enabled items of an occupant's menu, by label */
    List<String> enabledItems(Menu menu) {
        return ui.read(() -> Arrays.stream(menu.getItems()).filter(i -> i.isEnabled() && !i.getText().isEmpty())
                .map(MenuItem::getText).toList());
    }

    /** Shows a pop-up menu over the room's occupant list, for a screenshot. */
    void showMenu(RoomId id, Menu menu) {
        RoomEditor editor = editorObject(id);
        ui.run(() -> {
            org.eclipse.swt.widgets.Tree tree = editor.occupants().control();
            org.eclipse.swt.graphics.Point at = tree.toDisplay(20, 40);
            menu.setLocation(at);
            menu.setVisible(true);
        });
    }

    void hideMenu(Menu menu) {
        ui.run(() -> menu.setVisible(false));
    }

    /** Chooses an item of a menu by its label, without waiting (it may open a modal dialog). */
    void choose(Menu menu, String label) {
        MenuItem item = ui.read(() -> Arrays.stream(menu.getItems()).filter(i -> label.equals(i.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + label + " in "
                        + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList())));
        assertTrue(ui.read(item::isEnabled), label + " is enabled");
        ui.runAsync(() -> item.notifyListeners(SWT.Selection, new Event()));
    }

    /** Chooses an item of the occupant's context menu in the room editor. */
    void chooseForOccupant(RoomId id, String nick, String label) {
        choose(occupantMenu(id, nick), label);
    }

    /** Chooses an item of the room editor's Room menu (as the user would after opening it). */
    void chooseInRoomMenu(RoomId id, String label) {
        RoomToolBar bar = editorObject(id).toolBar();
        Menu menu = ui.read(() -> {
            bar.fillMenu();
            return bar.menu();
        });
        choose(menu, label);
    }

    /** Answers a JFace input dialog (a reason, a nickname) titled {@code title} with {@code text}, then OK. */
    void answer(String title, String text) {
        Shell dialog = ui.shell(title);
        ui.run(() -> Ui.all(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0).get(0).setText(text));
        ui.click(ui.read(() -> Ui.dialogButton(dialog, IDialogConstants.OK_ID)));
        ui.waitClosed(dialog);
    }

    /** Closes one room editor, as its tab's close button does (which leaves the room). */
    void close(RoomId id) {
        ui.run(() -> part(id).ifPresent(p -> workbench.application().getSelectedElement().getContext()
                .get(EPartService.class).hidePart(p, true)));
        ui.waitFor("the editor of " + id + " closed", () -> part(id).isEmpty() ? Optional.of(true) : Optional.empty());
    }

    /** Closes every room editor (which leaves the rooms). */
    void closeAll() {
        ui.run(() -> {
            EPartService parts = workbench.application().getSelectedElement().getContext().get(EPartService.class);
            parts().all().forEach(p -> parts.hidePart(p, true));
        });
    }

    /** Closes the dialogs a failed test left open. */
    void closeDialogs() {
        ui.run(() -> Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.getData(WidgetIds.KEY) instanceof String name && name.startsWith("muc."))
                .forEach(Shell::close));
    }
}
