package org.causerie.filetransfer.ui.tests;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;

/**
 * A drag of files from the desktop, played into a control's real
 * {@link DropTarget} (found under {@link DND#DROP_TARGET_KEY}): the same
 * {@code DNDEvent}s SWT's GTK code sends (drag enter, drag over, drop accept,
 * drop with FileTransfer's {@code String[]}), through SWT's own listener
 * wrapper, so the view's DropTargetListener and the drop target effect run as
 * they do for a real drag. Only the X side (another client's drag source, the
 * XDND protocol and the URI list) is left out: under Xvfb no other X client can
 * start a file drag. Display thread.
 */
final class SyntheticDrop {

    /** What a file manager offers: file URIs and their text. */
    private static final TransferData[] OFFERED = offered();

    private final Control control;
    private final DropTarget target;

    SyntheticDrop(Control control) {
        this.control = control;
        this.target = (DropTarget) control.getData(DND.DROP_TARGET_KEY);
        if (target == null) {
            throw new AssertionError("no drop target on " + control);
        }
    }

    private static TransferData[] offered() {
        List<TransferData> types = new ArrayList<>(Arrays.asList(TextTransfer.getInstance().getSupportedTypes()));
        types.addAll(Arrays.asList(FileTransfer.getInstance().getSupportedTypes()));
        return types.toArray(TransferData[]::new);
    }

    /**
     * Enters and moves over the point (control coordinates) above the item.
     *
     * @return the operation the listeners chose ({@code DND.DROP_NONE} when refused)
     */
    int over(Widget item, Point at) {
        return over(item, at, OFFERED);
    }

    private int over(Widget item, Point at, TransferData[] offered) {
        Event enter = event(item, at, offered, offered[0]);
        target.notifyListeners(DND.DragEnter, enter);
        Event over = event(item, at, offered, get(enter, "dataType"));
        target.notifyListeners(DND.DragOver, over);
        chosen = get(over, "dataType");
        return over.detail;
    }

    private TransferData chosen;

    /** @return whether the last {@link #over} made the files the data to be dropped */
    boolean choseFiles() {
        return chosen != null && FileTransfer.getInstance().isSupportedType(chosen);
    }

    /** Moves over the item, then drops the files there, as SWT does after the drop was accepted. */
    void drop(Widget item, Point at, String... files) {
        drop(item, at, OFFERED, files);
    }

    /** Drags text only (e.g. from a browser) and drops it there. */
    void dropText(Widget item, Point at, String text) {
        drop(item, at, TextTransfer.getInstance().getSupportedTypes(), text);
    }

    private void drop(Widget item, Point at, TransferData[] offered, Object data) {
        int detail = over(item, at, offered);
        Event accept = event(item, at, offered, chosen);
        accept.detail = detail;
        target.notifyListeners(DND.DropAccept, accept);
        Event drop = event(item, at, offered, chosen);
        drop.detail = accept.detail;
        drop.data = data;
        if (accept.detail != DND.DROP_NONE) { // SWT drops only what was accepted
            target.notifyListeners(DND.Drop, drop);
        }
    }

    private Event event(Widget item, Point at, TransferData[] offered, TransferData type) {
        try {
            Class<?> dndEvent = Class.forName("org.eclipse.swt.dnd.DNDEvent");
            Constructor<?> constructor = dndEvent.getDeclaredConstructor();
            constructor.setAccessible(true);
            Event event = (Event) constructor.newInstance();
            Point onDisplay = control.toDisplay(at);
            event.widget = target;
            event.item = item;
            event.x = onDisplay.x;
            event.y = onDisplay.y;
            event.detail = DND.DROP_DEFAULT;
            set(event, "dataTypes", offered);
            set(event, "dataType", type);
            set(event, "operations", DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK);
            set(event, "feedback", DND.FEEDBACK_SELECT);
            return event;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("SWT's DNDEvent changed", e);
        }
    }

    private static void set(Event event, String name, Object value) throws ReflectiveOperationException {
        Field field = event.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(event, value);
    }

    private static TransferData get(Event event, String name) {
        try {
            Field field = event.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return (TransferData) field.get(event);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("SWT's DNDEvent changed", e);
        }
    }
}
