package org.causerie.whiteboard.ui.internal.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

/**
 * Makes a picture file into an image shape: only PNG, JPEG and GIF (what the shared
 * document accepts and SWT reads), embedded as a {@code data:} URI no longer than the
 * board's {@code maxImageChars}; the picture keeps its proportions within 400 units.
 */
public final class ImageImport {

    /** The largest side of an imported picture on the board, in board units. */
    static final double MAX_SIDE = 400;

    private ImageImport() {
    }

    /** Why a picture cannot be shared; the message is for the user. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * @param file the picture
     * @param centre where its centre goes on the board
     * @param maxChars the board's limit for an image's URI
     * @return the edit adding it
     * @throws Refused when the file cannot be read, is not a picture of an accepted format, or is too large
     */
    public static Edit.Add read(Path file, Point centre, int maxChars) throws Refused {
        byte[] bytes;
        try {
            if (Files.size(file) > maxChars) { // base64 only grows it: too large before encoding is too large
                throw tooLarge(file, Files.size(file) * 4 / 3, maxChars);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Refused(NLS.bind(Messages.error_import, file.getFileName(), e.getMessage()));
        }
        ImageLoader loader = new ImageLoader();
        ImageData[] frames;
        try {
            frames = loader.load(new ByteArrayInputStream(bytes));
        } catch (SWTException e) {
            throw new Refused(NLS.bind(Messages.error_import, file.getFileName(), e.getMessage()));
        }
        String mime = switch (frames.length == 0 ? SWT.IMAGE_UNDEFINED : frames[0].type) {
            case SWT.IMAGE_PNG -> "image/png";
            case SWT.IMAGE_JPEG -> "image/jpeg";
            case SWT.IMAGE_GIF -> "image/gif";
            default -> throw new Refused(NLS.bind(Messages.error_import, file.getFileName(), Messages.imageFormat));
        };
        String uri = "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
        if (uri.length() > maxChars) {
            throw tooLarge(file, uri.length(), maxChars);
        }
        double scale = Math.min(1, MAX_SIDE / Math.max(frames[0].width, frames[0].height));
        double w = Math.max(1, frames[0].width * scale);
        double h = Math.max(1, frames[0].height * scale);
        List<Point> corners = List.of(new Point(centre.x() - w / 2, centre.y() - h / 2),
                new Point(centre.x() + w / 2, centre.y() + h / 2));
        return new Edit.Add(ShapeKind.IMAGE, corners, Style.DEFAULT, Optional.empty(), 0, Optional.of(uri));
    }

    private static Refused tooLarge(Path file, long chars, int max) {
        return new Refused(NLS.bind(Messages.imageTooLarge, new Object[] {file.getFileName(), chars, max}));
    }
}
