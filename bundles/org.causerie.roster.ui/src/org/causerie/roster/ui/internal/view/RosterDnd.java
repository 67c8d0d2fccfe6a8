package org.causerie.roster.ui.internal.view;

import java.util.Optional;

import org.causerie.roster.ui.internal.model.ContactRow;
import org.causerie.roster.ui.internal.model.GroupRow;
import org.causerie.roster.ui.internal.model.Row;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Drag a contact onto a group (or onto a contact of that group) of the same
 * account to move it there out of the group it was dragged from. The contact
 * travels as its JID text; the row itself is kept here, as the drag never leaves
 * the view.
 */
public final class RosterDnd {

    private final RosterActions actions;
    private ContactRow dragged;

    public RosterDnd(RosterTree tree, RosterActions actions) {
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
        DropTarget target = new DropTarget(tree.control(), DND.DROP_MOVE);
        target.setTransfer(types);
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragOver(DropTargetEvent event) {
                event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND;
                event.detail = target(event).isPresent() ? DND.DROP_MOVE : DND.DROP_NONE;
            }

            @Override
            public void drop(DropTargetEvent event) {
                ContactRow row = dragged;
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
