package org.causerie.pubsub.ui.internal.dialogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.pubsub.pep.AvatarImage;
import org.causerie.pubsub.pep.ExtendedPresence;
import org.causerie.pubsub.pep.PepService;
import org.causerie.pubsub.ui.internal.Accounts;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The user's own extended presence (XEP-0163): mood, activity, tune, location,
 * nickname and avatar for one account. Only what was changed is published; a
 * value emptied is cleared.
 */
public final class ExtendedPresenceDialog extends RequestDialog {

    private final PepService pep;
    private final List<Accounts.Choice> choices;
    private Combo account;
    private PresenceFields fields;
    private Optional<AvatarImage> avatar = Optional.empty();
    private Button removeAvatar;
    private Label avatarLabel;

    public ExtendedPresenceDialog(Shell parent, PepService pep, Accounts accounts) {
        super(parent, WidgetIds.PRESENCE_DIALOG, Messages.presence_title);
        this.pep = pep;
        this.choices = accounts.connected();
    }

    @Override
    protected void fill(Composite grid) {
        setMessage(Messages.presence_message);
        new Label(grid, SWT.NONE).setText(Messages.presence_account);
        account = WidgetIds.name(new Combo(grid, SWT.READ_ONLY), WidgetIds.PRESENCE_DIALOG + ".account");
        choices.forEach(c -> account.add(c.jid()));
        account.select(0);
        fields = new PresenceFields(grid);
        account.addListener(SWT.Selection, e -> fields.show(own()));
        fields.show(own());
        new Label(grid, SWT.NONE).setText(Messages.presence_avatar);
        Composite row = new Composite(grid, SWT.NONE);
        row.setLayout(new org.eclipse.swt.layout.RowLayout());
        Button choose = WidgetIds.name(new Button(row, SWT.PUSH), WidgetIds.PRESENCE_DIALOG + ".avatar");
        choose.setText(Messages.presence_chooseAvatar);
        choose.addListener(SWT.Selection, e -> chooseAvatar());
        removeAvatar = WidgetIds.name(new Button(row, SWT.CHECK), WidgetIds.PRESENCE_DIALOG + ".removeAvatar");
        removeAvatar.setText(Messages.presence_removeAvatar);
        avatarLabel = new Label(row, SWT.NONE);
        avatarLabel.setText(Messages.presence_avatarUnchanged);
    }

    private ExtendedPresence own() {
        int i = account.getSelectionIndex();
        return i < 0 ? ExtendedPresence.NONE : pep.own(choices.get(i).accountId());
    }

    private void chooseAvatar() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.png;*.jpg;*.jpeg;*.gif", "*.*"});
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            byte[] data = Files.readAllBytes(Path.of(file));
            ImageData[] images = new ImageLoader().load(new java.io.ByteArrayInputStream(data));
            String type = switch (images[0].type) {
                case SWT.IMAGE_JPEG -> "image/jpeg";
                case SWT.IMAGE_GIF -> "image/gif";
                default -> "image/png";
            };
            avatar = Optional.of(new AvatarImage(data, type, images[0].width, images[0].height));
            avatarLabel.setText(NLS.bind(Messages.presence_avatarChosen, Path.of(file).getFileName()));
            setErrorMessage(null);
        } catch (IOException | SWTException | IllegalArgumentException e) {
            setErrorMessage(NLS.bind(Messages.presence_badAvatar, e.getMessage()));
        }
        avatarLabel.getParent().layout();
    }

    @Override
    protected CompletableFuture<?> request() {
        int i = account.getSelectionIndex();
        if (i < 0) {
            throw new IllegalArgumentException(Messages.error_noAccount);
        }
        String id = choices.get(i).accountId();
        ExtendedPresence before = pep.own(id);
        ExtendedPresence after = fields.read();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        if (!after.mood().equals(before.mood())) {
            sent.add(pep.setMood(id, after.mood()));
        }
        if (!after.activity().equals(before.activity())) {
            sent.add(pep.setActivity(id, after.activity()));
        }
        if (!after.tune().equals(before.tune())) {
            sent.add(pep.setTune(id, after.tune()));
        }
        if (!after.geoloc().equals(before.geoloc())) {
            sent.add(pep.setGeolocation(id, after.geoloc()));
        }
        if (!after.nick().equals(before.nick())) {
            sent.add(pep.setNick(id, after.nick()));
        }
        if (removeAvatar.getSelection()) {
            sent.add(pep.setAvatar(id, Optional.empty()));
        } else if (avatar.isPresent()) {
            sent.add(pep.setAvatar(id, avatar));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }
}
