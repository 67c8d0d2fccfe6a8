package org.causerie.whiteboard.ui.internal.editor;

import java.text.MessageFormat;
import java.util.Optional;

import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.BoardSnapshot;
import org.causerie.whiteboard.PersistenceEvent;
import org.causerie.whiteboard.ui.internal.Messages;
import org.causerie.whiteboard.ui.internal.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The board editor's status line: the board's state (joining, synced with its counts,
 * ended), replaced by a notice the user must see (a rollback, a refusal, an error) until
 * their next edit. Display thread only.
 */
final class StatusLine {

    private final Label label;
    private String notice = "";
    private String stateText = "";

    StatusLine(Composite parent) {
        label = WidgetIds.name(new Label(parent, SWT.NONE), WidgetIds.STATUS);
    }

    Label control() {
        return label;
    }

    /** Shows a notice; it stays until {@link #clearNotice()}. */
    void say(String text) {
        notice = text;
        refresh();
    }

    void clearNotice() {
        notice = "";
    }

    void state(BoardId board, BoardSnapshot snapshot) {
        stateText = switch (snapshot.state()) {
            case INVITING -> NLS.bind(Messages.state_INVITING, board.peer());
            case JOINING -> Messages.state_JOINING;
            // MessageFormat, not NLS.bind: the counts choose singular or plural
            case SYNCED -> snapshot.pendingEdits() == 0
                    ? MessageFormat.format(Messages.state_SYNCED, snapshot.shapes().size())
                    : MessageFormat.format(Messages.state_SYNCED_pending, snapshot.shapes().size(),
                            snapshot.pendingEdits());
            case ENDED -> Messages.state_ENDED;
        };
        refresh();
    }

    /** @return what the user needs to know about the board's copy on the server; nothing for routine writes */
    static Optional<String> persistenceMessage(PersistenceEvent event) {
        return switch (event.kind()) {
            case LOADED -> Optional.of(Messages.persistenceLoaded);
            case REFUSED -> Optional.of(NLS.bind(Messages.persistenceRefused, event.detail()));
            case UNAVAILABLE -> Optional.of(NLS.bind(Messages.persistenceUnavailable, event.detail()));
            case FAILED -> Optional.of(NLS.bind(Messages.persistenceFailed, event.detail()));
            case NOT_RECOVERED -> Optional.of(NLS.bind(Messages.persistenceNotRecovered, event.detail()));
            case STORED, NONE_STORED, RECOVERED -> Optional.empty();
        };
    }

    private void refresh() {
        String text = notice.isEmpty() ? stateText : notice;
        if (!label.isDisposed() && !text.equals(label.getText())) {
            label.setText(text);
            label.setToolTipText(text);
        }
    }
}
