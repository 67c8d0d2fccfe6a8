package org.causerie.muc.ui.internal.editor;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.causerie.muc.Affiliation;
import org.causerie.muc.Occupant;
import org.causerie.muc.Role;
import org.causerie.muc.RoomSnapshot;
import org.causerie.muc.ui.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The context menu of an occupant, built when it opens: a private message, then
 * moderation as our role and affiliation allow (XEP-0045 §8: moderators kick and
 * give or take voice; §9-§10: admins and owners ban, change affiliations and
 * moderators), and adding the occupant to the roster when its real JID is visible.
 */
final class OccupantMenu {

    private final OccupantTree tree;
    private final Menu menu;

    OccupantMenu(OccupantTree tree, RoomActions actions, Supplier<Optional<RoomSnapshot>> room,
            Consumer<String> privateMessage) {
        this.tree = tree;
        this.menu = new Menu(tree.control());
        tree.control().setMenu(menu);
        menu.addListener(SWT.Show, e -> {
            for (MenuItem item : menu.getItems()) {
                item.dispose();
            }
            tree.selected().ifPresent(o -> fill(o, actions, room.get(), privateMessage));
        });
    }

    Menu menu() {
        return menu;
    }

    private void fill(Occupant o, RoomActions actions, Optional<RoomSnapshot> room, Consumer<String> privateMessage) {
        Role ourRole = room.map(RoomSnapshot::role).orElse(Role.NONE);
        Affiliation ours = room.map(RoomSnapshot::affiliation).orElse(Affiliation.NONE);
        boolean moderator = ourRole == Role.MODERATOR;
        boolean admin = ours == Affiliation.ADMIN || ours == Affiliation.OWNER;
        boolean owner = ours == Affiliation.OWNER;
        boolean jid = o.realJid().isPresent();
        item(Messages.occupant_private, !o.self(), () -> privateMessage.accept(o.nick()));
        new MenuItem(menu, SWT.SEPARATOR);
        item(Messages.occupant_kick, moderator && !o.self(), () -> actions.kick(o));
        item(Messages.occupant_ban, admin && jid && !o.self(), () -> actions.ban(o));
        if (o.role() == Role.VISITOR) {
            item(Messages.occupant_grantVoice, moderator, () -> actions.role(o, Role.PARTICIPANT));
        } else if (o.role() == Role.PARTICIPANT) {
            item(Messages.occupant_revokeVoice, moderator, () -> actions.role(o, Role.VISITOR));
        }
        if (o.role() == Role.MODERATOR) {
            item(Messages.occupant_revokeModerator, admin, () -> actions.role(o, Role.PARTICIPANT));
        } else {
            item(Messages.occupant_grantModerator, admin, () -> actions.role(o, Role.MODERATOR));
        }
        new MenuItem(menu, SWT.SEPARATOR);
        affiliation(o, Affiliation.MEMBER, Messages.occupant_member, admin && jid, actions);
        affiliation(o, Affiliation.ADMIN, Messages.occupant_admin, owner && jid, actions);
        affiliation(o, Affiliation.OWNER, Messages.occupant_owner, owner && jid, actions);
        item(Messages.occupant_noAffiliation, admin && jid && o.affiliation() != Affiliation.NONE,
                () -> actions.affiliation(o, Affiliation.NONE));
        new MenuItem(menu, SWT.SEPARATOR);
        item(Messages.occupant_addContact, jid && !o.self(), () -> actions.addToRoster(o));
    }

    private void affiliation(Occupant o, Affiliation affiliation, String label, boolean allowed, RoomActions actions) {
        MenuItem item = item(label, allowed && o.affiliation() != affiliation,
                () -> actions.affiliation(o, affiliation));
        item.setData(affiliation);
    }

    private MenuItem item(String text, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.setEnabled(enabled);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    OccupantTree tree() {
        return tree;
    }
}
