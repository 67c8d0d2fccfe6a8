package org.causerie.filetransfer.ui.internal;

import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.causerie.filetransfer.AcceptRequest;
import org.causerie.filetransfer.ExistingFile;
import org.causerie.filetransfer.FileOffer;
import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.FileTransferService;
import org.causerie.filetransfer.SafeFileName;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * What happens after the prompt: accept into the download folder or where the
 * user saved it, decline; when the file exists or is over the size limit the
 * service refuses and keeps the offer, and the user is asked (replace / keep
 * both, receive anyway) before accepting again. Display thread.
 */
final class OfferFlow {

    private final Display display;
    private final Supplier<Shell> shell;
    private final FileTransferService service;

    OfferFlow(Display display, Supplier<Shell> shell, FileTransferService service) {
        this.display = display;
        this.shell = shell;
        this.service = service;
    }

    void answer(FileOffer offer, int choice) {
        if (choice == OfferDialog.DECLINE) {
            service.decline(offer.id());
        } else if (choice == OfferDialog.SAVE_AS) {
            FileDialog dialog = new FileDialog(shell.get(), SWT.SAVE);
            dialog.setFilterPath(DownloadFolder.get().toString());
            dialog.setFileName(offer.fileName());
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen == null) {
                service.decline(offer.id());
                return;
            }
            Path path = Path.of(chosen);
            // the FileDialog asked before replacing
            accept(offer, new AcceptRequest(path.getParent(), java.util.Optional.of(path.getFileName().toString()),
                    ExistingFile.REPLACE, false));
        } else {
            accept(offer, AcceptRequest.into(DownloadFolder.get()));
        }
    }

    void accept(FileOffer offer, AcceptRequest request) {
        service.accept(offer.id(), request).outcome().whenComplete((done, failure) -> {
            if (failure != null && service.pendingOffers().contains(offer)) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                display.asyncExec(() -> ask(offer, request, cause));
            }
        });
    }

    /** The service kept the offer: ask what it needs to know, then accept again (or decline). */
    private void ask(FileOffer offer, AcceptRequest request, Throwable cause) {
        if (display.isDisposed()) {
            return;
        }
        if (cause instanceof FileTransferException f) {
            switch (f.error()) {
                case EXISTS -> {
                    String name = request.fileName().map(SafeFileName::of).orElse(offer.fileName());
                    MessageDialog dialog = new MessageDialog(shell.get(), Messages.exists_title, null,
                            NLS.bind(Messages.exists_message, name, request.folder()), MessageDialog.QUESTION, 1,
                            Messages.exists_replace, Messages.exists_keepBoth, IDialogConstants.CANCEL_LABEL);
                    int answer = dialog.open();
                    if (answer == 0 || answer == 1) {
                        accept(offer, request.onExisting(answer == 0 ? ExistingFile.REPLACE : ExistingFile.RENAME));
                    } else {
                        service.decline(offer.id());
                    }
                    return;
                }
                case TOO_LARGE -> {
                    if (MessageDialog.openQuestion(shell.get(), Messages.large_title, NLS.bind(Messages.large_message,
                            offer.fileName(), Messages.size(service.settings().sizeLimit())))) {
                        accept(offer, request.withOversizeConsent());
                    } else {
                        service.decline(offer.id());
                    }
                    return;
                }
                default -> {
                    // reported below
                }
            }
        }
        MessageDialog.openError(shell.get(), Messages.error_title,
                NLS.bind(Messages.failed_message, offer.fileName(), cause.getMessage()));
    }
}
