package org.causerie.whiteboard.ui.internal.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ui.internal.Messages;
import org.causerie.whiteboard.ui.internal.canvas.BoardCanvas;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The editor's file commands: export the board to PNG or SVG, import a picture
 * (placed in the middle of the view). Failures are said in a dialog; nothing on
 * the board is lost. Display thread only.
 */
public final class BoardFiles {

    /** Asks which file to write or read: the native file dialog, or what a test answers. */
    public interface Chooser {
        /**
         * @param shell the window to parent a dialog on
         * @param style {@link SWT#SAVE} or {@link SWT#OPEN}
         * @param extensions the filter, e.g. {@code *.png}
         * @return the file chosen, or empty when the user cancelled
         */
        Optional<String> choose(Shell shell, int style, String extensions);
    }

    private final BoardCanvas canvas;
    private final Supplier<Optional<BoardSnapshot>> board;
    private final Consumer<Edit> edit;
    private final Consumer<String> status;
    private final IntSupplier maxImageChars;
    private Chooser chooser = BoardFiles::dialog;

    BoardFiles(BoardCanvas canvas, Supplier<Optional<BoardSnapshot>> board, Consumer<Edit> edit,
            Consumer<String> status, IntSupplier maxImageChars) {
        this.canvas = canvas;
        this.board = board;
        this.edit = edit;
        this.status = status;
        this.maxImageChars = maxImageChars;
    }

    void exportPng() {
        ask(SWT.SAVE, "*.png").ifPresent(file -> {
            try {
                Exports.png(canvas.control().getDisplay(), shapes(), file);
            } catch (SWTException e) {
                error(NLS.bind(Messages.error_export, file, e.getMessage()));
            }
        });
    }

    void exportSvg() {
        ask(SWT.SAVE, "*.svg").ifPresent(file -> {
            try {
                Files.writeString(Path.of(file), SvgExport.write(shapes()), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                error(NLS.bind(Messages.error_export, file, e.getMessage()));
            }
        });
    }

    void importImage() {
        ask(SWT.OPEN, "*.png;*.jpg;*.jpeg;*.gif").ifPresent(file -> {
            var size = canvas.control().getSize();
            Point centre = canvas.view().toBoard(size.x / 2, size.y / 2);
            try {
                edit.accept(ImageImport.read(Path.of(file), centre, maxImageChars.getAsInt()));
            } catch (ImageImport.Refused e) {
                error(e.getMessage());
            }
        });
    }

    private List<Shape> shapes() {
        return board.get().map(BoardSnapshot::shapes).orElse(List.of());
    }

    /** Replaces how files are chosen (tests: the native dialog cannot be driven). */
    public void chooser(Chooser next) {
        chooser = next;
    }

    private Optional<String> ask(int style, String extensions) {
        return chooser.choose(canvas.control().getShell(), style, extensions);
    }

    private static Optional<String> dialog(Shell shell, int style, String extensions) {
        FileDialog dialog = new FileDialog(shell, style);
        dialog.setFilterExtensions(new String[] {extensions});
        dialog.setOverwrite(true);
        return Optional.ofNullable(dialog.open());
    }

    private void error(String message) {
        status.accept(message);
        MessageDialog.openError(canvas.control().getShell(), Messages.error_title, message);
    }
}
