package org.causerie.filetransfer.ui.internal;

import org.causerie.filetransfer.FileTransferService;
import org.causerie.roster.RosterService;
import org.causerie.ui.ContactRef;
import org.causerie.ui.RosterActionContribution;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The roster's "Send File..." action: one or several files to the chosen
 * resource, else the contact's first available one, by stream initiation (the
 * method chain); to an offline contact by HTTP upload, the link waiting for them
 * on the server. The Transfers view and a job follow each file.
 */
@Component(service = RosterActionContribution.class)
public final class SendFileAction implements RosterActionContribution {

    /** The action's id (its menu item carries it). */
    public static final String ID = "org.causerie.filetransfer.ui.send";

    @Reference
    private FileTransferService service;
    @Reference
    private RosterService roster;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.action_sendFile;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean appliesTo(ContactRef contact) {
        return true;
    }

    @Override
    public void run(ContactRef contact, Shell shell) {
        // the outcome of each file shows in the Transfers view
        FilePicker.choose(shell, contact.bareJid())
                .ifPresent(files -> new FileSender(service, roster).send(contact, files));
    }
}
