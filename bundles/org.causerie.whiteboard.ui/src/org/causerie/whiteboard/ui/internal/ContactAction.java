package org.causerie.whiteboard.ui.internal;

import java.util.Optional;

import org.causerie.roster.Contact;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterService;
import org.causerie.ui.ContactRef;
import org.causerie.ui.RosterActionContribution;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The roster's "Whiteboard" action: invites the contact (the resource chosen, else
 * its preferred available one) to a one-to-one board. Offered for online contacts.
 */
@Component(service = RosterActionContribution.class)
public final class ContactAction implements RosterActionContribution {

    /** The action's id (its menu item carries it). */
    public static final String ID = "org.causerie.whiteboard.ui.contact";

    @Reference
    private BoardOpener opener;
    @Reference
    private RosterService roster;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.action_whiteboard;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean appliesTo(ContactRef contact) {
        return target(contact).isPresent();
    }

    @Override
    public void run(ContactRef contact, Shell shell) {
        Optional<String> peer = target(contact);
        if (peer.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.error_title, NLS.bind(Messages.offline, contact.bareJid()));
            return;
        }
        opener.invite(contact.accountId(), peer.get());
    }

    /** @return the full JID to invite: the chosen resource, else the preferred available one */
    private Optional<String> target(ContactRef contact) {
        if (contact.resource().isPresent()) {
            return Optional.of(contact.address());
        }
        return roster.roster(contact.accountId()).flatMap(r -> r.contact(contact.bareJid()))
                .map(Contact::resources).flatMap(rs -> rs.stream().findFirst()).map(ResourcePresence::fullJid);
    }
}
