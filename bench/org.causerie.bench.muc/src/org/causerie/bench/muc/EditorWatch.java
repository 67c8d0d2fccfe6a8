package org.causerie.bench.muc;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.causerie.muc.RoomId;
import org.causerie.muc.ui.internal.RoomParts;
import org.causerie.muc.ui.internal.editor.RoomEditor;
import org.causerie.muc.ui.internal.editor.RoomTranscript;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Watches a room's editor on the display thread: when its transcript shows the line
 * with a given key (the transcript's shown listener, told after lines are added to
 * the widget), when the widget paints after that, and when the occupant list shows
 * the expected number of occupants (checked every {@value #POLL_MILLIS} ms).
 */
final class EditorWatch {

    static final int POLL_MILLIS = 5;

    private final Display display;
    private final MApplication application;
    private final RoomId room;
    private final int occupants;
    private volatile String key;
    private RoomEditor editor;
    /** Times the transcript added lines to its widget (display thread; read once the join is over). */
    private volatile int updates;
    private final Consumer<RoomTranscript> check = transcript -> {
        updates++;
        check(transcript);
    };
    final CompletableFuture<Long> editorCreated = new CompletableFuture<>();
    final CompletableFuture<Long> shown = new CompletableFuture<>();
    final CompletableFuture<Long> painted = new CompletableFuture<>();
    final CompletableFuture<Long> occupantsShown = new CompletableFuture<>();

    EditorWatch(Display display, MApplication application, RoomId room, int occupants) {
        this.display = display;
        this.application = application;
        this.room = room;
        this.occupants = occupants;
    }

    void start() {
        display.asyncExec(this::find);
    }

    /** The key of the line to wait for, from any thread. */
    void waitFor(String lineKey) {
        key = lineKey;
        display.asyncExec(() -> {
            if (editor != null) {
                check(editor.transcript());
            }
        });
    }

    void stop() {
        display.syncExec(() -> {
            if (editor != null && !editor.transcript().control().isDisposed()) {
                editor.transcript().removeShownListener(check);
            }
        });
    }

    /** @return how many times the transcript added lines to its widget so far */
    int updates() {
        return updates;
    }

    /** @return the editor, once found (display thread) */
    RoomEditor editor() {
        return editor;
    }

    private void find() {
        MPart part = new RoomParts(application, application.getContext().get(EModelService.class)).find(room)
                .orElse(null);
        if (part != null && part.getObject() instanceof RoomEditor found && found.built()) {
            editorCreated.complete(System.nanoTime());
            editor = found;
            found.transcript().addShownListener(check);
            check(found.transcript());
            pollOccupants();
        } else {
            display.timerExec(POLL_MILLIS, this::find);
        }
    }

    private void check(RoomTranscript transcript) {
        String wanted = key;
        if (shown.isDone() || wanted == null || !transcript.isShown(wanted)) {
            return;
        }
        shown.complete(System.nanoTime());
        Listener[] paint = new Listener[1];
        paint[0] = e -> {
            painted.complete(System.nanoTime());
            transcript.control().removeListener(SWT.Paint, paint[0]);
        };
        transcript.control().addListener(SWT.Paint, paint[0]);
    }

    private void pollOccupants() {
        if (editor.occupants().control().isDisposed()) {
            return;
        }
        int rows = 0;
        for (TreeItem group : editor.occupants().control().getItems()) {
            rows += group.getItemCount();
        }
        if (rows == occupants && editor.occupants().occupants().size() == occupants) {
            occupantsShown.complete(System.nanoTime());
        } else {
            display.timerExec(POLL_MILLIS, this::pollOccupants);
        }
    }
}
