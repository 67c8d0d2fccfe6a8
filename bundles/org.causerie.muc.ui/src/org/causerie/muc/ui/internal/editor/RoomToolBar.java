package org.causerie.muc.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.causerie.muc.Affiliation;
import org.causerie.muc.RoomSnapshot;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.WidgetIds;
import org.causerie.ui.RoomRef;
import org.causerie.ui.RoomToolContribution;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The room editor's tool bar: Invite, the Room menu (nickname, subject,
 * configuration, the affiliation lists, bookmark, destroy, leave) and the room
 * tools plugins contribute ({@link RoomToolContribution}), which come and go with
 * their services, in the tool bar and at the end of the Room menu.
 */
public final class RoomToolBar {

    /** {@link ToolItem#getData(String)} / {@link MenuItem#getData(String)} of contributed items: the contribution's id. */
    public static final String CONTRIBUTION_KEY = "org.causerie.muc.ui.contribution";

    private final ToolBar bar;
    private final Menu menu;
    private final RoomActions actions;
    private final Supplier<Optional<RoomSnapshot>> room;
    private final RoomRef ref;
    private final List<ToolItem> toolItems = new ArrayList<>();
    private List<RoomToolContribution> tools = List.of();

    RoomToolBar(Composite parent, RoomActions actions, Supplier<Optional<RoomSnapshot>> room, RoomRef ref) {
        this.actions = actions;
        this.room = room;
        this.ref = ref;
        bar = WidgetIds.name(new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP), WidgetIds.TOOLBAR);
        ToolItem invite = new ToolItem(bar, SWT.PUSH);
        invite.setText(Messages.room_invite);
        invite.addListener(SWT.Selection, e -> actions.invite());
        menu = new Menu(bar.getShell(), SWT.POP_UP);
        menu.addListener(SWT.Show, e -> fillMenu());
        ToolItem roomItem = new ToolItem(bar, SWT.DROP_DOWN);
        roomItem.setText(Messages.room_menu);
        roomItem.addListener(SWT.Selection, e -> {
            Rectangle bounds = roomItem.getBounds();
            Point at = bar.toDisplay(bounds.x, bounds.y + bounds.height);
            menu.setLocation(at);
            menu.setVisible(true);
        });
        new ToolItem(bar, SWT.SEPARATOR);
        bar.addListener(SWT.Dispose, e -> menu.dispose());
    }

    public ToolBar control() {
        return bar;
    }

    /** @return the Room menu (filled when shown; {@link #fillMenu()} fills it for tests) */
    public Menu menu() {
        return menu;
    }

    /** Shows the tools that apply to this room, in their order. */
    void tools(List<RoomToolContribution> all) {
        tools = all.stream().filter(this::applies).toList();
        toolItems.forEach(ToolItem::dispose);
        toolItems.clear();
        for (RoomToolContribution tool : tools) {
            ToolItem item = new ToolItem(bar, SWT.PUSH);
            item.setText(tool.label());
            item.setData(CONTRIBUTION_KEY, tool.id());
            item.addListener(SWT.Selection, e -> run(tool));
            toolItems.add(item);
        }
        bar.getParent().layout(true, true);
    }

    /** Rebuilds the Room menu for the room as it is now. */
    public void fillMenu() {
        for (MenuItem item : menu.getItems()) {
            item.dispose();
        }
        Optional<RoomSnapshot> now = room.get();
        Affiliation ours = now.map(RoomSnapshot::affiliation).orElse(Affiliation.NONE);
        boolean joined = now.filter(RoomSnapshot::joined).isPresent();
        boolean owner = ours == Affiliation.OWNER;
        boolean admin = owner || ours == Affiliation.ADMIN;
        item(Messages.room_invite, joined, actions::invite);
        item(Messages.room_nick, joined, () -> actions.changeNick(now.map(RoomSnapshot::nick).orElse("")));
        item(Messages.room_subject, joined, () -> actions.changeSubject(now.flatMap(RoomSnapshot::subject).orElse("")));
        new MenuItem(menu, SWT.SEPARATOR);
        item(Messages.room_configure, joined && owner, actions::configure);
        item(Messages.room_bans, joined && admin, () -> actions.list(Affiliation.OUTCAST));
        item(Messages.room_members, joined && admin, () -> actions.list(Affiliation.MEMBER));
        item(Messages.room_admins, joined && owner, () -> actions.list(Affiliation.ADMIN));
        item(Messages.room_owners, joined && owner, () -> actions.list(Affiliation.OWNER));
        new MenuItem(menu, SWT.SEPARATOR);
        item(Messages.room_bookmark, true, actions::bookmark);
        item(Messages.room_destroy, joined && owner, actions::destroy);
        item(Messages.room_leave, true, actions::leave);
        if (!tools.isEmpty()) {
            new MenuItem(menu, SWT.SEPARATOR);
            for (RoomToolContribution tool : tools) {
                item(tool.label(), true, () -> run(tool)).setData(CONTRIBUTION_KEY, tool.id());
            }
        }
    }

    private MenuItem item(String text, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.setEnabled(enabled);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    private boolean applies(RoomToolContribution tool) {
        try {
            return tool.appliesTo(ref);
        } catch (RuntimeException e) {
            return false; // a plugin's failing test hides its tool, not the tool bar
        }
    }

    private void run(RoomToolContribution tool) {
        try {
            tool.run(ref, bar.getShell());
        } catch (RuntimeException e) {
            actions.report(java.util.concurrent.CompletableFuture.failedFuture(e), Messages.error_tool, tool.label());
        }
    }
}
