package org.causerie.chat.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/**
 * The pointer over a {@link Transcript}: the hand cursor over a clickable span (a
 * link, "show the whole message"), and a click there runs its action; a click that
 * ends a selection does not. Display thread only.
 */
final class TranscriptPointer {

    private final StyledText text;
    private final Transcript transcript;

    TranscriptPointer(StyledText text, Transcript transcript) {
        this.text = text;
        this.transcript = transcript;
        text.addListener(SWT.MouseUp, this::clicked);
        text.addListener(SWT.MouseMove, this::hover);
    }

    private int offsetAt(Event e) {
        return text.getOffsetAtPoint(new Point(e.x, e.y));
    }

    private void clicked(Event e) {
        if (e.button != 1 || text.getSelectionCount() > 0) {
            return; // a drag that selected text is not a click
        }
        int offset = offsetAt(e);
        if (offset >= 0) {
            transcript.activate(offset);
        }
    }

    private void hover(Event e) {
        int offset = offsetAt(e);
        boolean onAction = offset >= 0 && transcript.actionAt(offset).isPresent();
        text.setCursor(onAction ? text.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
    }
}
