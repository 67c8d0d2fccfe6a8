package org.causerie.chat.ui.tests;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.causerie.chat.ChatService;
import org.causerie.chat.ConversationId;
import org.causerie.chat.ui.internal.ConversationParts;
import org.causerie.chat.ui.internal.WidgetIds;
import org.causerie.testing.sessions.Services;
import org.causerie.testing.workbench.Ui;
import org.causerie.testing.workbench.WorkbenchRunner;
import org.causerie.ui.ConversationOpener;
import org.causerie.ui.ConversationRef;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Drives the chat editors of the running workbench the way a user would, from the test thread. */
final class ChatDriver {

    private final WorkbenchRunner workbench;
    private final Ui ui;

    ChatDriver(WorkbenchRunner workbench, Ui ui) {
        this.workbench = workbench;
        this.ui = ui;
    }

    Ui ui() {
        return ui;
    }

    static ChatService chat() {
        return Services.get(ChatService.class);
    }

    /** Opens the conversation through the ConversationOpener service, as the roster view does. */
    void open(ConversationId id, Optional<String> resource) {
        ConversationOpener opener = Services.get(ConversationOpener.class);
        ui.run(() -> opener.open(new ConversationRef(id.accountId(), id.peer()), resource));
    }

    private ConversationParts parts() {
        MApplication application = workbench.application();
        return new ConversationParts(application, application.getContext().get(EModelService.class));
    }

    /** @return the chat parts of the model (display thread) */
    List<MPart> allParts() {
        return parts().all();
    }

    /** @return the conversation's part, if it has one (display thread) */
    Optional<MPart> part(ConversationId id) {
        return parts().find(id);
    }

    MPart waitForPart(ConversationId id) {
        return ui.waitFor("an editor for " + id, () -> part(id));
    }

    /** @return the editor's composite, once the part is rendered with contents */
    Composite editor(ConversationId id) {
        return ui.waitFor("the editor of " + id + " created", () -> part(id)
                .filter(p -> p.getObject() != null && p.getWidget() instanceof Composite c && !c.isDisposed())
                .map(p -> (Composite) p.getWidget()));
    }

    /** @return whether the conversation's editor is the selected tab of its stack (display thread) */
    boolean onTop(ConversationId id) {
        return part(id).filter(p -> p.getParent() != null && p.getParent().getSelectedElement() == p)
                .isPresent();
    }

    StyledText transcript(ConversationId id) {
        Composite editor = editor(id);
        return ui.read(() -> Ui.named(editor, StyledText.class, WidgetIds.KEY, WidgetIds.TRANSCRIPT));
    }

    Text input(ConversationId id) {
        Composite editor = editor(id);
        return ui.read(() -> Ui.named(editor, Text.class, WidgetIds.KEY, WidgetIds.INPUT));
    }

    String label(ConversationId id, String widgetId) {
        Composite editor = editor(id);
        return ui.read(() -> Ui.named(editor, Label.class, WidgetIds.KEY, widgetId).getText());
    }

    String transcriptText(ConversationId id) {
        StyledText text = transcript(id);
        return ui.read(text::getText);
    }

    /** Waits until the transcript's text satisfies the condition; returns the text. */
    String waitForTranscript(ConversationId id, String what, Predicate<String> condition) {
        StyledText text = transcript(id);
        return ui.waitFor(what + " in the transcript of " + id, () -> Optional.of(text.getText()).filter(condition));
    }

    /** Types the text into the editor's input and presses Enter. */
    void send(ConversationId id, String body) {
        Text input = input(id);
        ui.run(() -> {
            input.setText(body);
            key(input, SWT.CR, 0);
        });
    }

    static void key(Control control, int keyCode, int stateMask) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = keyCode == SWT.CR ? '\r' : 0;
        event.stateMask = stateMask;
        control.notifyListeners(SWT.KeyDown, event);
    }

    /** @return the visible notification popup whose text contains {@code text}, once there is one */
    Shell notification(String text) {
        return ui.waitFor("a notification showing '" + text + "'", () -> Arrays
                .stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && WidgetIds.NOTIFICATION.equals(s.getData(WidgetIds.KEY)))
                .filter(s -> Ui.all(s, Label.class, l -> l.getText().contains(text)).size() > 0).findFirst());
    }

    /** Clicks the popup's text, as a user would. */
    void click(Shell popup, String text) {
        ui.run(() -> {
            Label label = Ui.all(popup, Label.class, l -> l.getText().contains(text)).get(0);
            Event event = new Event();
            event.button = 1;
            label.notifyListeners(SWT.MouseUp, event);
        });
    }

    /** Brings the Accounts view to the front, so that no chat editor is visible. */
    void showAccounts() {
        ui.run(() -> {
            MApplication application = workbench.application();
            MPart accounts = (MPart) application.getContext().get(EModelService.class)
                    .find("org.causerie.app.part.accounts", application);
            application.getSelectedElement().getContext().get(EPartService.class).activate(accounts);
        });
    }

    /** Activates the conversation's editor, as a click on its tab does. */
    void activate(ConversationId id) {
        ui.run(() -> workbench.application().getSelectedElement().getContext().get(EPartService.class)
                .activate(part(id).orElseThrow()));
    }

    /** @return the tab label of the conversation's editor */
    String tabLabel(ConversationId id) {
        return ui.read(() -> part(id).map(MPart::getLabel).orElse(""));
    }

    /** Clicks the transcript at the first occurrence of {@code text}, as the mouse would. */
    void clickText(ConversationId id, String text) {
        StyledText transcript = transcript(id);
        ui.run(() -> {
            int offset = transcript.getText().indexOf(text);
            if (offset < 0) {
                throw new AssertionError("'" + text + "' not in the transcript");
            }
            transcript.setSelection(offset);
            transcript.showSelection();
            org.eclipse.swt.graphics.Point at = transcript.getLocationAtOffset(offset + 1);
            int lineHeight = transcript.getLineHeight(offset);
            Event event = new Event();
            event.button = 1;
            event.x = at.x + 2;
            event.y = at.y + lineHeight / 2;
            transcript.notifyListeners(SWT.MouseUp, event);
        });
    }

    /** @return the visible shell named {@code id}, once there is one */
    Shell shellNamed(String id) {
        return ui.waitFor("a window named " + id, () -> Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && id.equals(s.getData(WidgetIds.KEY))).findFirst());
    }

    /** Closes the conversation's editor, as its tab's close button does. */
    void close(ConversationId id) {
        ui.run(() -> workbench.application().getSelectedElement().getContext().get(EPartService.class)
                .hidePart(part(id).orElseThrow(), true));
    }

    /** Waits until the editor's line under the transcript says this about the peer ("" for nothing). */
    String waitForPeerState(ConversationId id, String text) {
        return waitForPeerState(id, text, Ui.TIMEOUT);
    }

    String waitForPeerState(ConversationId id, String text, java.time.Duration timeout) {
        Composite editor = editor(id);
        return ui.waitFor("'" + text + "' under the transcript of " + id, timeout, () -> Optional
                .of(Ui.named(editor, Label.class, WidgetIds.KEY, WidgetIds.PEER_STATE).getText()).filter(text::equals));
    }

    /** Closes every chat editor (display thread). */
    void closeAll() {
        ui.run(() -> {
            EPartService parts = workbench.application().getSelectedElement().getContext().get(EPartService.class);
            parts().all().forEach(p -> parts.hidePart(p, true));
        });
    }
}
