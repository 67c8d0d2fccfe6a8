package org.causerie.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Makes controls of an editor (a transcript, an input) take files dragged from
 * the desktop: the {@link Taker} says who takes them now (the first
 * {@link FileDropContribution} that accepts the editor's conversation or room,
 * see {@link FileDrops}); with nobody, the drag shows "no drop"
 * ({@link DND#DROP_NONE}). Files are copied, never moved. Text dropped onto a
 * {@link Text} is still inserted there: SWT's drop target replaces GTK's own
 * text drop on the widget.
 */
public final class FileDropArea {

    /** Who takes files dropped onto the area now. */
    @FunctionalInterface
    public interface Taker {
        /** @return what hands the files over, when a contribution takes them now (display thread, often) */
        Optional<Receiver> now();
    }

    /** Hands dropped files to the contribution that accepted them. */
    @FunctionalInterface
    public interface Receiver {
        /**
         * @param files the dropped files and folders, as the desktop gave them
         * @param shell the window to parent dialogs on
         */
        void take(List<Path> files, Shell shell);
    }

    private FileDropArea() {
    }

    /**
     * Adds a drop target to each control (display thread).
     *
     * @param taker who takes the files at the time of the drag and of the drop
     * @param controls the controls that take files
     */
    public static void attach(Taker taker, Control... controls) {
        for (Control control : controls) {
            DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT);
            target.setTransfer(control instanceof Text ? new Transfer[] {FileTransfer.getInstance(),
                TextTransfer.getInstance()} : new Transfer[] {FileTransfer.getInstance()});
            target.addDropListener(new Listener(taker, control));
        }
    }

    private static final class Listener extends DropTargetAdapter {
        private final Taker taker;
        private final Control control;

        Listener(Taker taker, Control control) {
            this.taker = taker;
            this.control = control;
        }

        @Override
        public void dragEnter(DropTargetEvent event) {
            dragOver(event);
        }

        @Override
        public void dragOperationChanged(DropTargetEvent event) {
            dragOver(event);
        }

        @Override
        public void dragOver(DropTargetEvent event) {
            event.feedback = DND.FEEDBACK_NONE;
            if (FileDrops.chooseFiles(event)) {
                event.detail = FileDrops.operation(taker.now().isPresent(), event.operations);
            } else if (control instanceof Text && TextTransfer.getInstance().isSupportedType(event.currentDataType)) {
                event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
            } else {
                event.detail = DND.DROP_NONE;
            }
        }

        @Override
        public void drop(DropTargetEvent event) {
            if (event.data instanceof String text && control instanceof Text input && !input.isDisposed()) {
                input.insert(text);
                return;
            }
            List<Path> files = FileDrops.paths(event.data);
            if (!files.isEmpty()) {
                taker.now().ifPresent(r -> r.take(files, control.getShell()));
            }
        }
    }
}
