package org.causerie.muc.ui.internal.editor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.causerie.muc.RoomMessage;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.ui.text.Span;
import org.causerie.ui.text.WholeMessageWindow;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/**
 * A transcript's clickable spans: a click on a link opens it; on "show the whole
 * message" under a cut message, a window with all of it. A click that ends a
 * selection does neither. Display thread only.
 */
final class TranscriptClicks {

    private final StyledText text;
    private final List<TranscriptBlock> blocks;
    private final BlockStyles blockStyles;
    private final Consumer<String> openLink;

    /**
     * @param blocks the blocks in the widget, in order (read only)
     * @param openLink told the address of a link the user clicked
     */
    TranscriptClicks(StyledText text, List<TranscriptBlock> blocks, BlockStyles blockStyles,
            Consumer<String> openLink) {
        this.text = text;
        this.blocks = blocks;
        this.blockStyles = blockStyles;
        this.openLink = openLink;
        text.addListener(SWT.MouseUp, this::clicked);
    }

    /** @return the block at an offset of the text and its clickable span there (a link, "show the whole message") */
    private Optional<Map.Entry<TranscriptBlock, Span>> clickableAt(int offset) {
        int index = blockStyles.blockAt(offset);
        if (index < 0) {
            return Optional.empty();
        }
        TranscriptBlock block = blocks.get(index);
        int relative = offset - block.start();
        return block.entry().spans().stream()
                .filter(s -> s.kind() == Span.Kind.LINK || s.kind() == Span.Kind.SHOW_WHOLE)
                .filter(s -> relative >= s.start() && relative < s.end()).findFirst()
                .map(span -> Map.entry(block, span));
    }

    private void clicked(Event e) {
        if (e.button != 1 || text.getSelectionCount() > 0) {
            return;
        }
        int offset = text.getOffsetAtPoint(new Point(e.x, e.y));
        if (offset >= 0) {
            clickableAt(offset).ifPresent(found -> {
                if (found.getValue().kind() == Span.Kind.LINK) {
                    openLink.accept(found.getValue().value());
                } else if (found.getKey().entry().entry() instanceof RoomMessage message) {
                    WidgetIds.name(WholeMessageWindow.open(text.getShell(), NLS.bind(Messages.whole_title,
                            message.nick()), message.body()), WidgetIds.WHOLE_MESSAGE);
                }
            });
        }
    }
}
