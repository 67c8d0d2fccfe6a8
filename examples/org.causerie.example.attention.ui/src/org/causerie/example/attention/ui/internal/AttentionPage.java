package org.causerie.example.attention.ui.internal;

import org.causerie.example.attention.AttentionService;
import org.causerie.ui.PreferencePageContribution;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The "Attention" page of the Preferences dialog: whether buzzes are accepted
 * only from contacts in the roster ({@link AttentionService#rosterOnly()}).
 */
@Component(service = PreferencePageContribution.class)
public final class AttentionPage implements PreferencePageContribution {

    /** The page's id. */
    public static final String ID = "org.causerie.example.attention.preferences";
    /** The check box's widget name (widget data "causerie.id"), for tests. */
    public static final String ROSTER_ONLY = "org.causerie.example.attention.preferences.rosterOnly";

    private final AttentionService attention;

    @Activate
    public AttentionPage(@Reference AttentionService attention) {
        this.attention = attention;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.page_title;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Page create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Button rosterOnly = new Button(parent, SWT.CHECK);
        rosterOnly.setData("causerie.id", ROSTER_ONLY);
        rosterOnly.setText(Messages.page_rosterOnly);
        rosterOnly.setSelection(attention.rosterOnly());
        Label explanation = new Label(parent, SWT.WRAP);
        explanation.setText(Messages.page_rosterOnlyExplained);
        GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
        wrap.widthHint = 360;
        explanation.setLayoutData(wrap);
        return () -> attention.setRosterOnly(rosterOnly.getSelection());
    }
}
