package org.causerie.roster.ui.internal.dialogs;

import java.util.Optional;

import org.causerie.roster.RosterService;
import org.causerie.roster.VCard;
import org.causerie.roster.ui.internal.Errors;
import org.causerie.roster.ui.internal.Messages;
import org.causerie.roster.ui.internal.view.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * The contact's vCard (XEP-0054) in the details dialog: fetched when the dialog
 * opens, shown with its picture, or the reason it could not be.
 */
final class VCardPanel {

    static final int PHOTO_SIDE = 96;

    private final Composite panel;
    private final Label photo;
    private final Composite fields;
    private Image image;

    VCardPanel(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.details_vcard);
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        panel = group;
        photo = WidgetIds.name(new Label(group, SWT.NONE), WidgetIds.DETAILS_PHOTO);
        GridData photoData = new GridData(SWT.CENTER, SWT.TOP, false, false);
        photoData.widthHint = PHOTO_SIDE;
        photoData.heightHint = PHOTO_SIDE;
        photo.setLayoutData(photoData);
        fields = WidgetIds.name(new Composite(group, SWT.NONE), WidgetIds.DETAILS_VCARD);
        fields.setLayout(new GridLayout(2, false));
        fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        text(Messages.details_vcardLoading);
        panel.addListener(SWT.Dispose, e -> {
            if (image != null) {
                image.dispose();
            }
        });
    }

    /** Fetches the vCard and shows it when it comes. */
    void load(RosterService roster, String accountId, String bareJid) {
        roster.vCard(accountId, bareJid).whenComplete((card, failure) -> {
            Optional<ImageData> picture = card == null ? Optional.empty()
                    : card.photo().flatMap(p -> Avatars.decode(p.data(), PHOTO_SIDE));
            if (!panel.isDisposed()) {
                panel.getDisplay().asyncExec(() -> show(card, picture, failure));
            }
        });
    }

    private void show(VCard card, Optional<ImageData> picture, Throwable failure) {
        if (panel.isDisposed()) {
            return;
        }
        for (Control child : fields.getChildren()) {
            child.dispose();
        }
        if (failure != null) {
            text(NLS.bind(Messages.details_vcardFailed, Errors.describe(failure)));
        } else if (card.fullName().isEmpty() && card.nickname().isEmpty() && card.emails().isEmpty()
                && card.organization().isEmpty() && card.photo().isEmpty()) {
            text(Messages.details_vcardEmpty);
        } else {
            card.fullName().ifPresent(v -> field(Messages.details_fullName, v));
            card.nickname().ifPresent(v -> field(Messages.details_vcardNickname, v));
            card.emails().forEach(v -> field(Messages.details_email, v));
            card.organization().ifPresent(v -> field(Messages.details_organization, v));
            if (picture.isPresent()) {
                image = new Image(panel.getDisplay(), picture.get());
                photo.setImage(image);
            } else if (card.photo().isPresent()) {
                text(Messages.details_photoBroken);
            }
        }
        panel.getShell().layout(true, true);
    }

    private void text(String text) {
        Label label = new Label(fields, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    }

    private void field(String name, String value) {
        new Label(fields, SWT.NONE).setText(name);
        Label label = new Label(fields, SWT.NONE);
        label.setText(value);
    }
}
