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

/**
 * The editor's file commands: export the board to PNG or SVG, import a picture
 * (placed in the middle of the view). Failures are said in a dialog; nothing on
 * the board is lost. Display thread only.
 */
final class BoardFiles {

    private final BoardCanvas canvas;
    private final Supplier<Optional<BoardSnapshot>> board;
    private final Consumer<Edit> edit;
    private final Consumer<String> status;
    private final IntSupplier maxImageChars;

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

    private Optional<String> ask(int style, String extensions) {
        FileDialog dialog = new FileDialog(canvas.control().getShell(), style);
        dialog.setFilterExtensions(new String[] {extensions});
        dialog.setOverwrite(true);
        return Optional.ofNullable(dialog.open());
    }

    private void error(String message) {
        status.accept(message);
        MessageDialog.openError(canvas.control().getShell(), Messages.error_title, message);
    }
}
