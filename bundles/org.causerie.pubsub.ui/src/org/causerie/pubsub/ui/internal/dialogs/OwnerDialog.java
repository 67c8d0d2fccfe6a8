package org.causerie.pubsub.ui.internal.dialogs;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.causerie.pubsub.Affiliation;
import org.causerie.pubsub.NodeAffiliation;
import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.Subscription;
import org.causerie.pubsub.SubscriptionState;
import org.causerie.pubsub.ui.internal.Errors;
import org.causerie.pubsub.ui.internal.Labels;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.causerie.ui.text.SafeText;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A node's affiliations and subscribers, as owner (XEP-0060 §8.8, §8.9): the
 * lists as the service has them now; setting an affiliation, removing or
 * approving a subscription reloads them.
 */
public final class OwnerDialog extends TitleAreaDialog {

    private final PubSubService pubsub;
    private final NodeId node;
    private Table affiliations;
    private Table subscribers;
    private Text jid;
    private Combo affiliation;

    public OwnerDialog(Shell parent, PubSubService pubsub, NodeId node) {
        super(parent);
        this.pubsub = pubsub;
        this.node = node;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.owner_title, node.node()));
        WidgetIds.name(shell, WidgetIds.OWNER_DIALOG);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.owner_title, node.node()));
        setMessage(Messages.owner_message);
        Group affiliationGroup = group(area, Messages.owner_affiliations);
        affiliations = table(affiliationGroup, "affiliations", Messages.column_jid, Messages.column_affiliation);
        jid = WidgetIds.name(new Text(affiliationGroup, SWT.BORDER), WidgetIds.OWNER_DIALOG + ".jid");
        jid.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        affiliation = WidgetIds.name(new Combo(affiliationGroup, SWT.READ_ONLY), WidgetIds.OWNER_DIALOG + ".affiliation");
        for (Affiliation a : Affiliation.values()) {
            affiliation.add(Labels.affiliation(a));
        }
        affiliation.select(Affiliation.PUBLISHER.ordinal());
        button(affiliationGroup, "set", Messages.owner_set, this::setAffiliation);
        Group subscriberGroup = group(area, Messages.owner_subscribers);
        subscribers = table(subscriberGroup, "subscribers", Messages.column_jid, Messages.column_state);
        button(subscriberGroup, "approve", Messages.owner_approve, () -> changeSubscription(SubscriptionState.SUBSCRIBED));
        button(subscriberGroup, "remove", Messages.owner_remove, () -> changeSubscription(SubscriptionState.NONE));
        reload();
        return area;
    }

    private static Group group(Composite area, String text) {
        Group group = new Group(area, SWT.NONE);
        group.setText(text);
        group.setLayout(new GridLayout(3, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return group;
    }

    private static Table table(Composite parent, String id, String... columns) {
        Table table = WidgetIds.name(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE),
                WidgetIds.OWNER_DIALOG + "." + id);
        table.setHeaderVisible(true);
        for (String text : columns) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(text);
            column.setWidth(240);
        }
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        data.heightHint = 120;
        table.setLayoutData(data);
        return table;
    }

    private void button(Composite parent, String id, String text, Runnable action) {
        Button button = WidgetIds.name(new Button(parent, SWT.PUSH), WidgetIds.OWNER_DIALOG + "." + id);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private void reload() {
        pubsub.affiliations(node).whenComplete((list, failure) -> later(() -> showAffiliations(list, failure)));
        pubsub.subscribers(node).whenComplete((list, failure) -> later(() -> showSubscribers(list, failure)));
    }

    private void showAffiliations(List<NodeAffiliation> list, Throwable failure) {
        affiliations.removeAll();
        if (failure != null) {
            setErrorMessage(Errors.describe(failure));
            return;
        }
        for (NodeAffiliation a : list) {
            TableItem row = new TableItem(affiliations, SWT.NONE);
            row.setText(new String[] {SafeText.oneLine(a.jid(), 200), Labels.affiliation(a.affiliation())});
            row.setData(a);
        }
    }

    private void showSubscribers(List<Subscription> list, Throwable failure) {
        subscribers.removeAll();
        if (failure != null) {
            setErrorMessage(Errors.describe(failure));
            return;
        }
        for (Subscription s : list) {
            TableItem row = new TableItem(subscribers, SWT.NONE);
            row.setText(new String[] {SafeText.oneLine(s.jid(), 200), Labels.state(s.state())});
            row.setData(s);
        }
    }

    private void setAffiliation() {
        try {
            Affiliation chosen = Affiliation.values()[affiliation.getSelectionIndex()];
            done(pubsub.setAffiliation(node, jid.getText().trim(), chosen));
        } catch (IllegalArgumentException e) {
            setErrorMessage(NLS.bind(Messages.owner_badJid, jid.getText()));
        }
    }

    private void changeSubscription(SubscriptionState state) {
        TableItem[] rows = subscribers.getSelection();
        if (rows.length == 0 || !(rows[0].getData() instanceof Subscription s)) {
            setErrorMessage(Messages.owner_chooseSubscriber);
            return;
        }
        done(pubsub.setSubscription(node, s.jid(), state));
    }

    private void done(CompletableFuture<Void> request) {
        setErrorMessage(null);
        request.whenComplete((ok, failure) -> later(() -> {
            if (failure != null) {
                setErrorMessage(Errors.describe(failure));
            }
            reload();
        }));
    }

    private void later(Runnable runnable) {
        Shell shell = getShell();
        if (shell != null && !shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }
}
