package org.causerie.roster.ui.internal.dialogs;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.causerie.roster.Contact;
import org.causerie.roster.EntityTime;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterService;
import org.causerie.roster.SoftwareVersion;
import org.causerie.roster.ui.internal.Errors;
import org.causerie.roster.ui.internal.Messages;
import org.causerie.roster.ui.internal.model.RowTexts;
import org.causerie.roster.ui.internal.view.WidgetIds;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A contact's details, in a window that does not block the workbench: JID,
 * nickname, groups, subscription; every available resource with its presence,
 * priority and status; on request the selected resource's client software
 * (XEP-0092) and local time (XEP-0202); the vCard (XEP-0054) with its picture.
 */
public final class DetailsDialog extends Dialog {

    private final RosterService roster;
    private final Contact contact;
    private Table resources;
    private Label answer;

    public DetailsDialog(Shell parent, RosterService roster, Contact contact) {
        super(parent);
        this.roster = roster;
        this.contact = roster.roster(contact.accountId()).flatMap(r -> r.contact(contact.jid())).orElse(contact);
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.details_title, contact.displayName()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite info = new Composite(area, SWT.NONE);
        info.setLayout(new GridLayout(2, false));
        field(info, Messages.details_jid, contact.jid());
        field(info, Messages.details_nickname, contact.name().orElse(""));
        field(info, Messages.details_groups, String.join(", ", contact.groups().stream().sorted().toList()));
        field(info, Messages.details_subscription, RowTexts.subscription(contact));
        DecorationDetails.of(contact.accountId(), contact.jid()).forEach(d -> field(info, d.label(), d.value()));
        resources(area);
        new VCardPanel(area).load(roster, contact.accountId(), contact.jid());
        return area;
    }

    private void resources(Composite area) {
        Label title = new Label(area, SWT.NONE);
        title.setText(Messages.details_resources);
        resources = WidgetIds.name(new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION),
                WidgetIds.DETAILS_RESOURCES);
        resources.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 90;
        data.widthHint = 520;
        resources.setLayoutData(data);
        for (String column : new String[] {Messages.details_resource, Messages.details_presence,
                Messages.details_priority, Messages.details_status}) {
            TableColumn c = new TableColumn(resources, SWT.NONE);
            c.setText(column);
            c.setWidth(column.equals(Messages.details_status) ? 200 : 110);
        }
        for (ResourcePresence r : contact.resources()) {
            TableItem item = new TableItem(resources, SWT.NONE);
            item.setData(r);
            item.setText(new String[] {r.resource(), RowTexts.mode(Optional.of(r.mode())),
                    Integer.toString(r.priority()), r.status()});
        }
        if (resources.getItemCount() > 0) {
            resources.select(0);
        }
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new GridLayout(3, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button version = button(buttons, Messages.details_version, WidgetIds.DETAILS_VERSION);
        Button time = button(buttons, Messages.details_time, WidgetIds.DETAILS_TIME);
        answer = WidgetIds.name(new Label(buttons, SWT.WRAP), WidgetIds.DETAILS_ANSWER);
        answer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        answer.setText(contact.resources().isEmpty() ? Messages.details_noResource : "");
        version.setEnabled(!contact.resources().isEmpty());
        time.setEnabled(!contact.resources().isEmpty());
        version.addListener(SWT.Selection, e -> ask(r -> roster.softwareVersion(contact.accountId(), r.fullJid())
                .thenApply(v -> versionText(r, v))));
        time.addListener(SWT.Selection, e -> ask(r -> roster.entityTime(contact.accountId(), r.fullJid())
                .thenApply(t -> timeText(r, t))));
    }

    private void ask(Function<ResourcePresence, CompletableFuture<String>> query) {
        int index = resources.getSelectionIndex();
        if (index < 0) {
            answer.setText(Messages.details_selectResource);
            return;
        }
        ResourcePresence resource = (ResourcePresence) resources.getItem(index).getData();
        answer.setText(NLS.bind(Messages.details_asking, resource.resource()));
        query.apply(resource).whenComplete((text, failure) -> {
            if (!answer.isDisposed()) {
                answer.getDisplay().asyncExec(() -> {
                    if (!answer.isDisposed()) {
                        answer.setText(failure == null ? text : NLS.bind(Messages.details_askFailed,
                                resource.resource(), Errors.describe(failure)));
                        answer.getParent().layout(true);
                    }
                });
            }
        });
    }

    static String versionText(ResourcePresence r, SoftwareVersion v) {
        return v.os().map(os -> NLS.bind(Messages.details_versionResultOs, new Object[] {r.resource(), v.name(),
                v.version(), os})).orElseGet(() -> NLS.bind(Messages.details_versionResult, new Object[] {
                        r.resource(), v.name(), v.version()}));
    }

    static String timeText(ResourcePresence r, EntityTime t) {
        String local = t.local().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM));
        String offset = t.offset().getTotalSeconds() == 0 ? "" : t.offset().getId();
        return NLS.bind(Messages.details_timeResult, new Object[] {r.resource(), local, offset});
    }

    private static Button button(Composite parent, String text, String id) {
        Button button = WidgetIds.name(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        return button;
    }

    private static void field(Composite parent, String name, String value) {
        new Label(parent, SWT.NONE).setText(name);
        Label label = new Label(parent, SWT.NONE);
        label.setText(value);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.details_close, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
        super.buttonPressed(buttonId);
    }
}
