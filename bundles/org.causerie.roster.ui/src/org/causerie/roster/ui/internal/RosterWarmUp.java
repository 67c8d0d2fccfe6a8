package org.causerie.roster.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.causerie.core.PresenceMode;
import org.causerie.roster.Contact;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterChange;
import org.causerie.roster.RosterService;
import org.causerie.roster.RosterSnapshot;
import org.causerie.roster.Subscription;
import org.causerie.roster.ui.internal.model.AccountState;
import org.causerie.roster.ui.internal.model.Icon;
import org.causerie.roster.ui.internal.model.RosterFilter;
import org.causerie.roster.ui.internal.model.RosterModel;
import org.causerie.roster.ui.internal.model.RosterRows;
import org.causerie.roster.ui.internal.view.Icons;
import org.causerie.roster.ui.internal.view.RosterTree;
import org.causerie.ui.ClassWarming;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;

/**
 * Makes the first login's roster work warm before it happens (like the rooms UI's
 * warm-up). Without it, the first roster of a session runs cold code: the display
 * thread loads and links the tree's classes, links lambdas and draws the presence
 * icons while the 10,000 rows of a large roster go in (bench/roster: the first
 * login's display thread used 40-60 ms more CPU than the next ones, its longest
 * stall 146 ms on a quiet machine where later logins stayed under 50 ms).
 *
 * <p>On a low-priority thread of its own: loads and links (without initializing)
 * the classes of this bundle, of the roster service and SWT's tree, then builds
 * the rows of a made-up roster with the view's own code ({@link RosterRows},
 * {@link AccountState}, the filter), which never touches a widget. Then, in short
 * turns of the display thread: draws every presence icon into the view's
 * {@link Icons}, and shows that made-up roster in a {@link RosterTree} of a shell
 * that is never opened, which it then disposes. A class that cannot be loaded is
 * skipped: this only makes later work faster.
 */
public final class RosterWarmUp implements Runnable {

    /** {@link Shell#getData(String)} key marking the warm-up's shell (never shown, disposed at the end). */
    public static final String SHELL_KEY = RosterWarmUp.class.getName();

    private static final String ACCOUNT = "causerie-warm-up";
    /** Contacts of the made-up roster: enough for the sorts and the lambdas, few enough to be quick. */
    private static final int CONTACTS = 200;

    private static volatile boolean started;
    /** The classes linked, once the shell is disposed; failed with the first step that failed. */
    private static final CompletableFuture<Integer> FINISHED = new CompletableFuture<>();

    private final Display display;
    private final Icons icons;
    private final Control view;
    private int linked;

    private RosterWarmUp(Display display, Icons icons, Control view) {
        this.display = display;
        this.icons = icons;
        this.view = view;
    }

    /** @return the number of classes linked, once the warm-up is over (tests) */
    public static CompletableFuture<Integer> finished() {
        return FINISHED;
    }

    /**
     * Starts the warm-up once per session, on a thread of its own, then in turns of the display thread.
     *
     * @param icons the view's icons, drawn ahead
     * @param view a control of the view: once it is disposed (and the icons with it), the warm-up stops
     */
    static void start(Display display, Icons icons, Control view) {
        if (!started) {
            started = true;
            Thread thread = new Thread(new RosterWarmUp(display, icons, view), "causerie-roster-ui-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    @Override
    public void run() {
        try {
            linked += ClassWarming.link(RosterWarmUp.class, "/org/causerie/roster/ui", "*.class", true);
            linked += ClassWarming.link(RosterService.class, "/org/causerie/roster", "*.class", true);
            linked += ClassWarming.link(Tree.class, "/org/eclipse/swt/widgets", "Tree*.class", false);
            RosterModel model = buildRows();
            display.asyncExec(() -> {
                if (view.isDisposed()) {
                    FINISHED.complete(linked);
                    return;
                }
                for (Icon icon : Icon.values()) {
                    icons.get(icon);
                }
                display.asyncExec(() -> show(model));
            });
        } catch (RuntimeException e) {
            FINISHED.completeExceptionally(e); // e.g. the display went away meanwhile
        }
    }

    /** Display thread: the made-up roster in a tree that is never shown, then disposed. */
    private void show(RosterModel model) {
        if (view.isDisposed()) {
            FINISHED.complete(linked);
            return;
        }
        try {
            Shell shell = new Shell(display, SWT.NONE); // never opened
            shell.setData(SHELL_KEY, Boolean.TRUE);
            RosterTree tree = new RosterTree(shell, icons);
            tree.addShownListener(shown -> display.asyncExec(() -> {
                shell.dispose();
                FINISHED.complete(linked);
            }));
            tree.offer(model);
        } catch (RuntimeException e) {
            FINISHED.completeExceptionally(e);
        }
    }

    /** The worker's code on a made-up roster: a snapshot, a change applied, rows built with and without a filter. */
    private static RosterModel buildRows() {
        Map<String, Contact> contacts = new HashMap<>();
        List<Contact> online = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            String jid = "contact" + i + "@warm-up.invalid";
            Contact contact = new Contact(ACCOUNT, jid, Optional.of("Contact " + i), Set.of("G" + i % 3),
                    Subscription.values()[i % Subscription.values().length], i % 7 == 0, List.of());
            contacts.put(jid, contact);
            if (i % 2 == 0) {
                PresenceMode mode = PresenceMode.values()[i % PresenceMode.values().length];
                online.add(contact.withResources(List.of(new ResourcePresence(jid + "/r", mode, "status " + i, 0,
                        Instant.now()))));
            }
        }
        AccountState state = new AccountState(new RosterSnapshot(ACCOUNT, "me@warm-up.invalid",
                "me@warm-up.invalid/r", 1, false, contacts, List.of(), Map.of()));
        state.apply(new RosterChange(ACCOUNT, 2, true, List.of(), online, Set.of(), Optional.empty(), List.of()));
        RosterRows rows = new RosterRows(account -> Optional.empty(), (account, jid) -> 0);
        rows.build(List.of(state), RosterFilter.of("contact 1"));
        return rows.build(List.of(state), RosterFilter.NONE);
    }
}
