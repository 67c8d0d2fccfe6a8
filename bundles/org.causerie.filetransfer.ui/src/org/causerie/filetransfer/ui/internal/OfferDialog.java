package org.causerie.filetransfer.ui.internal;

import java.util.function.IntConsumer;

import org.causerie.filetransfer.FileOffer;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The prompt for an incoming file: who sends it, its name (made safe) and size,
 * and Accept (into the download folder), Save As... or Decline. Modeless, so
 * several offers can wait side by side; closing it without an answer declines.
 */
final class OfferDialog extends Dialog {

    static final int ACCEPT = IDialogConstants.CLIENT_ID + 1;
    static final int SAVE_AS = IDialogConstants.CLIENT_ID + 2;
    static final int DECLINE = IDialogConstants.CLIENT_ID + 3;

    private final FileOffer offer;
    private final String account;
    private final String folder;
    private final IntConsumer answer;
    private boolean answered;

    OfferDialog(Shell parent, FileOffer offer, String account, String folder, IntConsumer answer) {
        super(parent);
        this.offer = offer;
        this.account = account;
        this.folder = folder;
        this.answer = answer;
        setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS | SWT.RESIZE);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.offer_title);
        shell.setData(WidgetIds.KEY, WidgetIds.OFFER_DIALOG);
        shell.setData(WidgetIds.OFFER_DIALOG, offer.id());
        shell.addListener(SWT.Dispose, e -> {
            if (!answered) {
                answered = true;
                answer.accept(DECLINE);
            }
        });
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(offer.isLink() ? Messages.offer_linkMessage : Messages.offer_message, offer.from()));
        intro.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        row(area, Messages.offer_from, offer.from());
        row(area, Messages.offer_account, account);
        row(area, Messages.offer_name, offer.fileName());
        row(area, Messages.offer_size, offer.size().isPresent() ? Messages.size(offer.size().getAsLong())
                : Messages.offer_unknownSize);
        offer.description().ifPresent(d -> row(area, Messages.offer_description, d));
        row(area, Messages.offer_folder, folder).setData(WidgetIds.KEY, WidgetIds.OFFER_FOLDER);
        return area;
    }

    private static Label row(Composite area, String label, String value) {
        new Label(area, SWT.NONE).setText(label);
        Label text = new Label(area, SWT.NONE);
        // a name can be long: show its start and end
        text.setText(value.length() > 120 ? value.substring(0, 80) + "…" + value.substring(value.length() - 30)
                : value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, ACCEPT, Messages.offer_accept, true);
        createButton(parent, SAVE_AS, Messages.offer_saveAs, false);
        createButton(parent, DECLINE, Messages.offer_decline, false);
    }

    @Override
    protected void buttonPressed(int id) {
        if (!answered) {
            answered = true;
            answer.accept(id);
        }
        close();
    }
}
