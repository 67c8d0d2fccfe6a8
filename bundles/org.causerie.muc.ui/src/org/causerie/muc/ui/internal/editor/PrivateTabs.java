package org.causerie.muc.ui.internal.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.causerie.muc.RoomMessage;
import org.causerie.muc.ui.internal.Messages;
import org.causerie.muc.ui.internal.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;

/**
 * The room's tabs: the room's conversation first, then one tab per occupant we
 * exchange private messages with (XEP-0045 §7.5), opened from the occupant's menu
 * or when one writes to us. Display thread only.
 */
final class PrivateTabs {

    /** Each private tab's {@link CTabItem#getData()} is the occupant's nickname. */
    private final CTabFolder folder;
    private final Map<String, ConversationPane> panes = new LinkedHashMap<>();
    private final BiFunction<String, String, CompletableFuture<Void>> sendPrivate;
    private final Consumer<String> notice;
    private final Consumer<Runnable> later;
    private final Consumer<String> openLink;

    PrivateTabs(Composite parent, BiFunction<String, String, CompletableFuture<Void>> sendPrivate,
            Consumer<String> notice, Consumer<Runnable> later, Consumer<String> openLink) {
        this.sendPrivate = sendPrivate;
        this.notice = notice;
        this.later = later;
        this.openLink = openLink;
        folder = WidgetIds.name(new CTabFolder(parent, SWT.BORDER | SWT.FLAT), WidgetIds.TABS);
        folder.addListener(SWT.Dispose, e -> panes.clear());
        folder.addCTabFolder2Listener(org.eclipse.swt.custom.CTabFolder2Listener.closeAdapter(e -> {
            if (e.item.getData() instanceof String nick) {
                ConversationPane closed = panes.remove(nick);
                if (closed != null) {
                    closed.control().dispose();
                }
            }
        }));
    }

    CTabFolder control() {
        return folder;
    }

    /** Adds the room's own tab (not closeable). */
    void room(ConversationPane pane, String label) {
        CTabItem item = new CTabItem(folder, SWT.NONE);
        item.setText(label);
        item.setControl(pane.control());
        folder.setSelection(item);
    }

    /** Opens (and selects) the private conversation with an occupant. */
    ConversationPane open(String nick) {
        ConversationPane pane = pane(nick);
        for (CTabItem item : folder.getItems()) {
            if (nick.equals(item.getData())) {
                folder.setSelection(item);
            }
        }
        pane.input().setFocus();
        return pane;
    }

    /** Shows private messages in their occupants' tabs, opening tabs (not selected) as needed. */
    void add(List<RenderedEntry> entries) {
        Map<String, List<RenderedEntry>> byNick = new LinkedHashMap<>();
        for (RenderedEntry entry : entries) {
            String nick = ((RoomMessage) entry.entry()).privateWith().orElseThrow();
            byNick.computeIfAbsent(nick, n -> new java.util.ArrayList<>()).add(entry);
        }
        byNick.forEach((nick, list) -> pane(nick).transcript().add(list));
    }

    /** Lays out again, in every private tab, the messages that carry payloads. */
    void relayout(java.util.function.Function<org.causerie.muc.RoomEntry, RenderedEntry> format) {
        panes.values().forEach(p -> p.transcript().relayout(format));
    }

    private ConversationPane pane(String nick) {
        return panes.computeIfAbsent(nick, n -> {
            ConversationPane pane = new ConversationPane(folder, body -> sendPrivate.apply(n, body), notice, later,
                    openLink);
            CTabItem item = new CTabItem(folder, SWT.CLOSE);
            item.setText(NLS.bind(Messages.tab_private, n));
            item.setData(n);
            item.setControl(pane.control());
            return pane;
        });
    }
}
