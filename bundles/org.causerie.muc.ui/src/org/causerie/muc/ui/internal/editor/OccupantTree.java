package org.causerie.muc.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causerie.muc.Affiliation;
import org.causerie.muc.Occupant;
import org.causerie.muc.Role;
import org.causerie.muc.RoomSnapshot;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.ui.text.SafeText;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The room's occupants grouped by role (XEP-0045 §5.1): moderators, participants,
 * visitors, each group with its count; an occupant shows its nickname, its
 * affiliation when it has one, its real JID where the room exposes it, and its
 * presence when not plainly available. Display thread only.
 */
public final class OccupantTree {

    /** The roles shown, in order; occupants with role none have left. */
    static final List<Role> GROUPS = List.of(Role.MODERATOR, Role.PARTICIPANT, Role.VISITOR);

    private final Tree tree;
    private List<Occupant> shown = List.of();

    public OccupantTree(Composite parent) {
        tree = WidgetIds.name(new Tree(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), WidgetIds.OCCUPANTS);
    }

    public Tree control() {
        return tree;
    }

    /**
     * Shows the room's occupants, keeping the selection. The items are reused: an
     * occupant coming or going in a room of hundreds changes a few of them, not all.
     */
    public void show(RoomSnapshot room) {
        Optional<String> selected = selected().map(Occupant::nick);
        shown = room.occupants();
        tree.setRedraw(false);
        try {
            int index = 0;
            for (Role role : GROUPS) {
                List<Occupant> members = new ArrayList<>(room.occupants().stream().filter(o -> o.role() == role)
                        .toList());
                if (members.isEmpty()) {
                    continue;
                }
                members.sort((a, b) -> a.nick().compareToIgnoreCase(b.nick()));
                TreeItem group = groupAt(index++, role);
                setText(group, NLS.bind(Messages.group(role), members.size()));
                TreeItem[] items = group.getItems();
                for (int i = 0; i < members.size(); i++) {
                    Occupant occupant = members.get(i);
                    TreeItem item = i < items.length ? items[i] : new TreeItem(group, SWT.NONE);
                    setText(item, label(occupant));
                    item.setData(occupant);
                    if (selected.filter(occupant.nick()::equals).isPresent()) {
                        tree.setSelection(item);
                    }
                }
                for (int i = members.size(); i < items.length; i++) {
                    items[i].dispose();
                }
                if (!group.getExpanded()) {
                    group.setExpanded(true);
                }
            }
            for (TreeItem extra : Arrays.copyOfRange(tree.getItems(), index, tree.getItemCount())) {
                extra.dispose();
            }
        } finally {
            tree.setRedraw(true);
        }
    }

    /** @return the group item at that place, made for that role if it was another's or none */
    private TreeItem groupAt(int index, Role role) {
        while (index < tree.getItemCount()) {
            TreeItem item = tree.getItem(index);
            if (item.getData() == role) {
                return item;
            }
            if (!(item.getData() instanceof Role other) || GROUPS.indexOf(other) > GROUPS.indexOf(role)) {
                break; // a later group: the new one goes before it
            }
            item.dispose(); // an earlier group, empty now
        }
        TreeItem group = new TreeItem(tree, SWT.NONE, index);
        group.setData(role);
        return group;
    }

    private static void setText(TreeItem item, String text) {
        if (!text.equals(item.getText())) {
            item.setText(text);
        }
    }

    /** @return the occupant's line: nickname, affiliation, real JID, presence */
    public static String label(Occupant occupant) {
        StringBuilder text = new StringBuilder(SafeText.oneLine(occupant.nick(), 60));
        if (occupant.self()) {
            text.append(' ').append(Messages.occupant_you);
        }
        if (occupant.affiliation() != Affiliation.NONE) {
            text.append(" \u2013 ").append(Messages.affiliation(occupant.affiliation().name().toLowerCase(Locale.ROOT)));
        }
        occupant.realJid().ifPresent(jid -> text.append("  <").append(jid).append('>'));
        if (occupant.mode() != org.causerie.core.PresenceMode.AVAILABLE) {
            text.append("  (").append(Messages.mode(occupant.mode())).append(')');
        }
        return text.toString();
    }

    /** @return the occupant selected, if an occupant row is */
    public Optional<Occupant> selected() {
        TreeItem[] items = tree.getSelection();
        return items.length == 1 && items[0].getData() instanceof Occupant o ? Optional.of(o) : Optional.empty();
    }

    /** @return the occupants shown now */
    public List<Occupant> occupants() {
        return shown;
    }
}
