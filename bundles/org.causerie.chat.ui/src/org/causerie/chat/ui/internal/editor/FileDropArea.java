package org.causerie.chat.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.causerie.ui.ConversationRef;
import org.causerie.ui.FileDropContribution;
import org.causerie.ui.FileDrops;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * Files dragged from the desktop onto the transcript or the input of a chat
 * editor go to the first {@link FileDropContribution} that accepts the
 * conversation, with the resource the editor sends to now; with none, they are
 * refused ({@link DND#DROP_NONE}). Text dropped onto the input is still
 * inserted there: SWT's drop target replaces GTK's own text drop on the widget.
 */
final class FileDropArea {

    private final ConversationRef conversation;
    private final Supplier<String> address;
    private final Supplier<List<FileDropContribution>> contributions;

    /**
     * @param address the full or bare JID the editor sends to now
     */
    FileDropArea(ConversationRef conversation, Supplier<String> address,
            Supplier<List<FileDropContribution>> contributions, Control... controls) {
        this.conversation = conversation;
        this.address = address;
        this.contributions = contributions;
        for (Control control : controls) {
            DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT);
            target.setTransfer(control instanceof Text ? new Transfer[] {FileTransfer.getInstance(),
                TextTransfer.getInstance()} : new Transfer[] {FileTransfer.getInstance()});
            target.addDropListener(new Listener(control));
        }
    }

    private Optional<FileDropContribution> taker() {
        return FileDrops.forConversation(contributions.get(), conversation);
    }

    /** @return the peer's resource in the address the editor sends to, if one is chosen */
    private Optional<String> resource() {
        String to = address.get();
        int slash = to.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(to.substring(slash + 1)).filter(r -> !r.isEmpty());
    }

    private final class Listener extends DropTargetAdapter {
        private final Control control;

        Listener(Control control) {
            this.control = control;
        }

        @Override
        public void dragEnter(DropTargetEvent event) {
            dragOver(event);
        }

        @Override
        public void dragOperationChanged(DropTargetEvent event) {
            dragOver(event);
        }

        @Override
        public void dragOver(DropTargetEvent event) {
            event.feedback = DND.FEEDBACK_NONE;
            if (FileDrops.chooseFiles(event)) {
                event.detail = FileDrops.operation(taker().isPresent(), event.operations);
            } else if (control instanceof Text && TextTransfer.getInstance().isSupportedType(event.currentDataType)) {
                event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
            } else {
                event.detail = DND.DROP_NONE;
            }
        }

        @Override
        public void drop(DropTargetEvent event) {
            if (event.data instanceof String text && control instanceof Text input && !input.isDisposed()) {
                input.insert(text);
                return;
            }
            List<Path> files = FileDrops.paths(event.data);
            if (!files.isEmpty()) {
                taker().ifPresent(c -> c.drop(conversation, resource(), files, control.getShell()));
            }
        }
    }
}
