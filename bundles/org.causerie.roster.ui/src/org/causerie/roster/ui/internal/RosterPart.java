package org.causerie.roster.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causerie.core.Account;
import org.causerie.core.AccountListener;
import org.causerie.core.AccountService;
import org.causerie.core.ConnectionStatus;
import org.causerie.roster.RosterService;
import org.causerie.roster.RosterSnapshot;
import org.causerie.roster.SubscriptionRequest;
import org.causerie.roster.ui.internal.dialogs.AutoAwayDialog;
import org.causerie.roster.ui.internal.model.AccountRow;
import org.causerie.roster.ui.internal.model.ContactRow;
import org.causerie.roster.ui.internal.model.ResourceRow;
import org.causerie.roster.ui.internal.model.Row;
import org.causerie.roster.ui.internal.model.RosterFeed;
import org.causerie.roster.ui.internal.presence.AutoAway;
import org.causerie.roster.ui.internal.presence.AutoAwayPreferences;
import org.causerie.roster.ui.internal.presence.IdleMachine;
import org.causerie.roster.ui.internal.presence.PresenceBar;
import org.causerie.roster.ui.internal.presence.PresenceChanger;
import org.causerie.roster.ui.internal.view.ContactDecorations;
import org.causerie.roster.ui.internal.view.Icons;
import org.causerie.roster.ui.internal.view.RequestsBar;
import org.causerie.roster.ui.internal.view.RosterActions;
import org.causerie.roster.ui.internal.view.RosterDnd;
import org.causerie.roster.ui.internal.view.RosterMenu;
import org.causerie.roster.ui.internal.view.RosterTree;
import org.causerie.roster.ui.internal.view.WidgetIds;
import org.causerie.ui.Contributions;
import org.causerie.ui.ConversationOpener;
import org.causerie.ui.FileDropContribution;
import org.causerie.ui.RosterActionContribution;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The roster view (an e4 POJO part, added by this bundle's model fragment): a
 * filter field, the subscription requests, the virtual roster tree of every
 * connected account, and the presence selector. Roster work happens on the
 * {@link RosterFeed}'s thread; this class only wires the pieces.
 */
public final class RosterPart {

    /** After the workbench shows: the first login's roster code is warmed then ({@link RosterWarmUp}). */
    private static final int WARM_UP_DELAY_MILLIS = 1000;

    /** {@link org.eclipse.swt.widgets.Tree#getData(String)} key holding the {@link RosterTree} (tests, bench). */
    public static final String TREE_KEY = "org.causerie.roster.ui.tree";

    @Inject
    @Service
    private RosterService roster;

    @Inject
    @Service
    private AccountService accounts;

    private Display display;
    private RosterFeed feed;
    private RosterTree tree;
    private RequestsBar requests;
    private PresenceBar presenceBar;
    private AutoAway autoAway;
    private Icons icons;
    private Label hint;
    private Contributions<RosterActionContribution> contributions;
    private Contributions<FileDropContribution> fileDrops;
    private ContactDecorations decorations;
    private ServiceTracker<ConversationOpener, ConversationOpener> opener;
    private UnreadCounts unread;
    private RosterActions actions;
    private List<String> shownAccounts = List.of();
    private final AccountListener accountListener = new AccountListener() {
        @Override
        public void accountsChanged() {
            changed();
        }

        @Override
        public void statusChanged(ConnectionStatus status) {
            changed();
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        BundleContext context = FrameworkUtil.getBundle(RosterPart.class).getBundleContext();
        PresenceChanger presence = new PresenceChanger(accounts);
        parent.setLayout(new GridLayout(1, false));
        Text filter = top(parent);
        requests = new RequestsBar(parent, roster, this::accountJid, () -> requestsChanged(""));
        hint = WidgetIds.name(new Label(parent, SWT.WRAP), WidgetIds.HINT);
        hint.setText(Messages.view_noAccount);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        icons = new Icons(display);
        tree = new RosterTree(parent, icons);
        tree.control().setData(TREE_KEY, tree);
        tree.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        presenceBar = new PresenceBar(parent, presence, this::presenceChoices, this::changed, this::editAutoAway);

        opener = new ServiceTracker<>(context, ConversationOpener.class, null);
        opener.open();
        actions = new RosterActions(parent.getShell(), roster,
                () -> Optional.ofNullable(opener.getService()), () -> tree.model().roots());
        RosterMenu menu = new RosterMenu(tree, actions, () -> contributions.current());
        fileDrops = Contributions.track(context, FileDropContribution.class, Runnable::run, list -> {
        });
        new RosterDnd(tree, actions, () -> fileDrops.current());
        contributions = Contributions.track(context, RosterActionContribution.class, this::onDisplay, list -> {
            if (!menu.menu().isDisposed() && menu.menu().isVisible()) {
                menu.rebuild();
            }
        });
        decorations = new ContactDecorations(context, display, tree);
        tree.control().addListener(SWT.DefaultSelection, e -> tree.selected().ifPresent(this::open));
        tree.control().addListener(SWT.Selection, e -> feed.selected(tree.selected().map(Row::key)));
        filter.addListener(SWT.Modify, e -> feed.filter(filter.getText()));
        tree.addShownListener(model -> {
            showHint(model.roots().isEmpty());
            List<String> ids = model.roots().stream().map(AccountRow::accountId).toList();
            if (!ids.equals(shownAccounts)) {
                shownAccounts = ids;
                presenceBar.refresh(); // connected accounts that are not stored are offered too
            }
        });

        feed = new RosterFeed(roster, presence::current, tree::offer, this::requestsChanged);
        unread = new UnreadCounts(context, feed);
        unread.open();
        accounts.addListener(accountListener);
        autoAway = new AutoAway(display, new IdleMachine(AutoAwayPreferences.load(), System::currentTimeMillis),
                presence, () -> tree.model().roots().stream().map(AccountRow::accountId).toList(), this::changed);
        autoAway.start();
        feed.start();
        display.timerExec(WARM_UP_DELAY_MILLIS, () -> {
            if (!tree.control().isDisposed()) {
                RosterWarmUp.start(display, icons, tree.control());
            }
        });
    }

    private Text top(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        top.setLayout(layout);
        Text filter = WidgetIds.name(new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL),
                WidgetIds.FILTER);
        filter.setMessage(Messages.view_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button add = WidgetIds.name(new Button(top, SWT.PUSH), WidgetIds.ADD);
        add.setText(Messages.view_add);
        add.addListener(SWT.Selection, e -> actions.add(tree.selected().map(Row::accountId), tree.selected().map(RosterActions::groupOf).orElse("")));
        return filter;
    }

    private void open(Row row) {
        if (row instanceof ContactRow contact) {
            actions.chat(contact.accountId(), contact.contact().jid(), Optional.empty());
        } else if (row instanceof ResourceRow own) {
            String full = own.presence().fullJid();
            actions.chat(own.accountId(), org.causerie.core.Jids.bare(full),
                    Optional.of(own.presence().resource()).filter(r -> !r.isEmpty()));
        }
    }

    private void editAutoAway() {
        AutoAwayDialog dialog = new AutoAwayDialog(hint.getShell(), AutoAwayPreferences.load());
        if (dialog.open() == Window.OK) {
            dialog.result().ifPresent(settings -> {
                try {
                    AutoAwayPreferences.save(settings);
                } catch (org.osgi.service.prefs.BackingStoreException e) {
                    MessageDialog.openError(hint.getShell(), Messages.autoAway_title, Errors.describe(e));
                }
                autoAway.settings(settings);
            });
        }
    }

    /** The accounts the selector offers: configured ones, then connected ones that are not stored. */
    private List<PresenceBar.Choice> presenceChoices() {
        Map<String, PresenceBar.Choice> choices = new LinkedHashMap<>();
        for (Account account : accounts.accounts()) {
            choices.put(account.id(), new PresenceBar.Choice(account.id(), account.jid()));
        }
        for (AccountRow row : tree.model().roots()) {
            choices.putIfAbsent(row.accountId(), new PresenceBar.Choice(row.accountId(), row.jid()));
        }
        return new ArrayList<>(choices.values());
    }

    private String accountJid(String accountId) {
        return roster.roster(accountId).map(RosterSnapshot::accountJid)
                .or(() -> accounts.account(accountId).map(Account::jid)).orElse(accountId);
    }

    /** Reads every connected account's pending requests (off the display thread) and shows them. */
    private void requestsChanged(String accountId) {
        Runnable read = () -> {
            List<SubscriptionRequest> pending = roster.rosters().stream()
                    .flatMap(s -> roster.pendingRequests(s.accountId()).stream())
                    .sorted(Comparator.comparing(SubscriptionRequest::received)).toList();
            onDisplay(() -> {
                if (!requests.control().isDisposed()) {
                    requests.show(pending);
                }
            });
        };
        if (Display.getCurrent() != null) {
            java.util.concurrent.CompletableFuture.runAsync(read);
        } else {
            read.run();
        }
    }

    private void changed() {
        feed.refresh();
        onDisplay(presenceBar::refresh);
    }

    private void showHint(boolean show) {
        if (hint.isDisposed() || hint.getVisible() == show) {
            return;
        }
        ((GridData) hint.getLayoutData()).exclude = !show;
        hint.setVisible(show);
        // the children's sizes are unchanged (only whether the hint takes room): cached sizes, so the
        // tree of a large roster is not measured again at every login (bench/roster's display samples)
        hint.getParent().layout(false);
    }

    private void onDisplay(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!hint.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    @Focus
    public void setFocus() {
        tree.control().setFocus();
    }

    @PreDestroy
    public void dispose() {
        accounts.removeListener(accountListener);
        feed.close();
        autoAway.stop();
        contributions.close();
        fileDrops.close();
        decorations.close();
        unread.close();
        opener.close();
        icons.dispose();
    }
}
