package org.causerie.muc.ui.internal.editor;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.MucErrors;
import org.causerie.muc.ui.internal.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * A transcript with its input under it: the room's conversation, or a private
 * one with an occupant. Enter sends, Shift+Enter starts a line; the text stays in
 * the input until the service has sent it, and a failure is told with the text
 * kept. Display thread only.
 */
final class ConversationPane {

    private final Composite pane;
    private final RoomTranscript transcript;
    private final Text input;
    private final Function<String, CompletableFuture<Void>> send;
    private final Consumer<String> notice;
    private final Consumer<Runnable> later;
    private boolean sending;

    /**
     * @param send sends a body; the future fails with the reason
     * @param notice tells the user something (empty clears it)
     * @param later runs on the display thread later
     * @param openLink opens a link clicked in the transcript
     */
    ConversationPane(Composite parent, Function<String, CompletableFuture<Void>> send, Consumer<String> notice,
            Consumer<Runnable> later, Consumer<String> openLink) {
        this.send = send;
        this.notice = notice;
        this.later = later;
        pane = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        pane.setLayout(layout);
        transcript = new RoomTranscript(pane, openLink);
        GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
        // hints, so that a layout never asks the transcript its preferred size: a wrapping StyledText
        // measures every line it holds for that (and asks the X server for the screen's work area)
        fill.widthHint = 100;
        fill.heightHint = 100;
        transcript.control().setLayoutData(fill);
        input = WidgetIds.name(new Text(pane, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER), WidgetIds.INPUT);
        input.setMessage(Messages.input_hint);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = input.getLineHeight() * 3;
        input.setLayoutData(data);
        input.addListener(SWT.KeyDown, this::key);
    }

    Composite control() {
        return pane;
    }

    RoomTranscript transcript() {
        return transcript;
    }

    Text input() {
        return input;
    }

    void enabled(boolean on) {
        input.setEnabled(on);
    }

    private void key(Event e) {
        if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
            e.doit = false;
            submit();
        }
    }

    /** Sends what is typed, as Enter does. */
    void submit() {
        String body = input.getText();
        if (body.isBlank() || sending) {
            return;
        }
        sending = true;
        send.apply(body).whenComplete((ok, failure) -> later.accept(() -> {
            sending = false;
            if (input.isDisposed()) {
                return;
            }
            if (failure == null) {
                if (input.getText().equals(body)) {
                    input.setText("");
                }
                notice.accept("");
            } else {
                notice.accept(NLS.bind(Messages.error_send, MucErrors.describe(failure)));
            }
        }));
    }
}
