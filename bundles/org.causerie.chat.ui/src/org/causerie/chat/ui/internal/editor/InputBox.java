package org.causerie.chat.ui.internal.editor;

import java.util.Optional;

import org.causerie.chat.ui.internal.Messages;
import org.causerie.chat.ui.internal.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;

/**
 * The message input: several lines; Enter sends, Shift+Enter starts a new line;
 * Up in an empty input (or the menu) takes the last message back for correction
 * (XEP-0308), Escape gives up the correction. What is typed is kept when sending
 * fails. Display thread only.
 */
final class InputBox {

    /** Where the input's text goes. */
    interface Target {
        /** @return whether the text was sent (false: it stays in the input) */
        boolean send(String body);

        /** @return whether the correction was sent */
        boolean correct(String body);

        /** @return the text of the last message sent from here, if any */
        Optional<String> lastSent();

        /** Tells the user something about the input (empty clears it). */
        void notice(String text);
    }

    private final Text text;
    private final Target target;
    private final OwnChatState state;
    private boolean correcting;
    private boolean settingText;

    InputBox(Composite parent, Target target, OwnChatState state) {
        this.target = target;
        this.state = state;
        text = WidgetIds.name(new Text(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER), WidgetIds.INPUT);
        text.setMessage(Messages.input_hint);
        text.addListener(SWT.KeyDown, this::key);
        text.addListener(SWT.Modify, e -> {
            if (!settingText) {
                state.typed(text.getCharCount() == 0);
            }
        });
        Menu menu = new Menu(text);
        MenuItem editLast = new MenuItem(menu, SWT.PUSH);
        editLast.setText(Messages.menu_editLast);
        editLast.addListener(SWT.Selection, e -> startCorrection());
        text.setMenu(menu);
    }

    Text control() {
        return text;
    }

    boolean correcting() {
        return correcting;
    }

    private void key(Event e) {
        if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
            e.doit = false;
            submit();
        } else if (e.keyCode == SWT.ARROW_UP && text.getCharCount() == 0 && !correcting) {
            e.doit = false;
            startCorrection();
        } else if (e.keyCode == SWT.ESC && correcting) {
            e.doit = false;
            stopCorrection();
            replaceText("");
        }
    }

    /** Sends (or corrects with) what is typed, as Enter does. */
    void submit() {
        String body = text.getText();
        if (body.isBlank()) {
            return;
        }
        boolean done = correcting ? target.correct(body) : target.send(body);
        if (done) {
            stopCorrection();
            state.sent();
            replaceText("");
        }
    }

    /** Takes the last message sent back into the input for correction. */
    void startCorrection() {
        Optional<String> last = target.lastSent();
        if (last.isEmpty()) {
            target.notice(Messages.notice_nothingToCorrect);
            return;
        }
        correcting = true;
        replaceText(last.get());
        text.setSelection(text.getCharCount());
        target.notice(Messages.notice_correcting);
        text.setFocus();
    }

    private void stopCorrection() {
        if (correcting) {
            correcting = false;
            target.notice("");
        }
    }

    private void replaceText(String value) {
        settingText = true;
        try {
            text.setText(value);
        } finally {
            settingText = false;
        }
    }
}
