package org.causerie.roster.ui.internal.dialogs;

import java.util.Optional;

import org.causerie.roster.ui.internal.Messages;
import org.causerie.roster.ui.internal.presence.AutoAwaySettings;
import org.causerie.roster.ui.internal.view.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/** Edits the auto-away settings: on or off, minutes before away and before extended away. */
public final class AutoAwayDialog extends TitleAreaDialog {

    private final AutoAwaySettings initial;
    private Button enabled;
    private Spinner away;
    private Spinner xa;
    private AutoAwaySettings result;

    public AutoAwayDialog(Shell parent, AutoAwaySettings initial) {
        super(parent);
        this.initial = initial;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.autoAway_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.autoAway_title);
        setMessage(Messages.autoAway_message);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        enabled = WidgetIds.name(new Button(form, SWT.CHECK), WidgetIds.AUTO_AWAY_ENABLED);
        enabled.setText(Messages.autoAway_enabled);
        enabled.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        enabled.setSelection(initial.enabled());
        new Label(form, SWT.NONE).setText(Messages.autoAway_away);
        away = WidgetIds.name(new Spinner(form, SWT.BORDER), WidgetIds.AUTO_AWAY_AWAY);
        away.setValues(initial.awayMinutes(), 1, 1440, 0, 1, 10);
        new Label(form, SWT.NONE).setText(Messages.autoAway_xa);
        xa = WidgetIds.name(new Spinner(form, SWT.BORDER), WidgetIds.AUTO_AWAY_XA);
        xa.setValues(initial.xaMinutes(), 2, 1440, 0, 1, 10);
        away.addListener(SWT.Modify, e -> validate());
        xa.addListener(SWT.Modify, e -> validate());
        enabled.addListener(SWT.Selection, e -> validate());
        return area;
    }

    private void validate() {
        boolean valid = xa.getSelection() > away.getSelection();
        away.setEnabled(enabled.getSelection());
        xa.setEnabled(enabled.getSelection());
        setErrorMessage(valid ? null : Messages.autoAway_invalid);
        getButton(IDialogConstants.OK_ID).setEnabled(valid);
    }

    @Override
    protected void okPressed() {
        result = new AutoAwaySettings(enabled.getSelection(), away.getSelection(), xa.getSelection());
        super.okPressed();
    }

    /** @return the new settings, once OK was pressed */
    public Optional<AutoAwaySettings> result() {
        return Optional.ofNullable(result);
    }
}
