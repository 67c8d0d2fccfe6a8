package org.causerie.roster.ui.internal.view;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.causerie.core.Jids;
import org.causerie.roster.ui.internal.model.ContactRow;
import org.causerie.roster.ui.internal.model.GroupRow;
import org.causerie.roster.ui.internal.model.ResourceRow;
import org.causerie.roster.ui.internal.model.Row;
import org.causerie.ui.ContactRef;
import org.causerie.ui.FileDropContribution;
import org.causerie.ui.FileDrops;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Drag a contact onto a group (or onto a contact of that group) of the same
 * account to move it there out of the group it was dragged from. The contact
 * travels as its JID text; the row itself is kept here, as the drag never leaves
 * the view.
 * <p>
 * Files dragged from the desktop onto a contact (or onto one of the account's
 * own other resources) go to the first {@link FileDropContribution} that
 * accepts it; with none, they are refused. One drop target takes both kinds
 * (SWT allows one per control).
 */
public final class RosterDnd {

    private final RosterActions actions;
    private ContactRow dragged;

    public RosterDnd(RosterTree tree, RosterActions actions, Supplier<List<FileDropContribution>> fileDrops) {
        this.actions = actions;
        Transfer[] types = {TextTransfer.getInstance()};
        DragSource source = new DragSource(tree.control(), DND.DROP_MOVE);
        source.setTransfer(types);
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                dragged = tree.selected().filter(ContactRow.class::isInstance).map(ContactRow.class::cast)
                        .orElse(null);
                event.doit = dragged != null;
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = dragged == null ? "" : dragged.contact().jid();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                dragged = null;
            }
        });
        DropTarget target = new DropTarget(tree.control(), DND.DROP_MOVE | DND.DROP_COPY);
        target.setTransfer(TextTransfer.getInstance(), FileTransfer.getInstance());
        target.addDropListener(new DropTargetAdapter() {
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
                event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND;
                if (dragged == null && FileDrops.chooseFiles(event)) {
                    event.detail = FileDrops.operation(fileTarget(event, fileDrops.get()).isPresent(),
                            event.operations);
                } else {
                    event.detail = target(event).isPresent() ? DND.DROP_MOVE : DND.DROP_NONE;
                }
            }

            @Override
            public void drop(DropTargetEvent event) {
                ContactRow row = dragged;
                if (row == null && FileTransfer.getInstance().isSupportedType(event.currentDataType)) {
                    List<Path> files = FileDrops.paths(event.data);
                    contactOf(event).ifPresent(contact -> FileDrops.forContact(fileDrops.get(), contact)
                            .filter(c -> !files.isEmpty())
                            .ifPresent(c -> c.drop(contact, files, tree.control().getShell())));
                    return;
                }
                target(event).ifPresent(group -> moveInto(row, group));
            }
        });
    }

    /** Moves the dragged contact row into the group, unless it is already there. */
    void moveInto(ContactRow row, String group) {
        if (row != null && !row.group().equals(group) && !row.contact().groups().contains(group)) {
            actions.move(row.contact(), row.group(), group);
        }
    }

    private static Optional<FileDropContribution> fileTarget(DropTargetEvent event,
            List<FileDropContribution> contributions) {
        return contactOf(event).flatMap(contact -> FileDrops.forContact(contributions, contact));
    }

    /** @return the contact (or own other resource) under the pointer */
    private static Optional<ContactRef> contactOf(DropTargetEvent event) {
        if (!(event.item instanceof TreeItem item)) {
            return Optional.empty();
        }
        if (item.getData() instanceof ContactRow c) {
            return Optional.of(new ContactRef(c.accountId(), c.contact().jid(), Optional.empty()));
        }
        if (item.getData() instanceof ResourceRow r) {
            return Optional.of(new ContactRef(r.accountId(), Jids.bare(r.presence().fullJid()),
                    Optional.of(r.presence().resource()).filter(s -> !s.isEmpty())));
        }
        return Optional.empty();
    }

    private Optional<String> target(DropTargetEvent event) {
        if (dragged == null || !(event.item instanceof TreeItem item) || !(item.getData() instanceof Row row)
                || !row.accountId().equals(dragged.accountId())) {
            return Optional.empty();
        }
        Optional<String> group = row instanceof GroupRow g ? Optional.of(g.name())
                : row instanceof ContactRow c ? Optional.of(c.group()) : Optional.empty();
        return group.filter(g -> !g.equals(dragged.group()));
    }
}
