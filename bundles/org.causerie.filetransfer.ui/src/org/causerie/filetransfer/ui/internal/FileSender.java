package org.causerie.filetransfer.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.causerie.filetransfer.FileTransferService;
import org.causerie.filetransfer.SendRequest;
import org.causerie.roster.Contact;
import org.causerie.roster.ResourcePresence;
import org.causerie.roster.RosterService;
import org.causerie.ui.ContactRef;

/**
 * Sends files to a contact the way the roster action and a drop do: to the
 * chosen resource, else the contact's first available one, by stream
 * initiation (the method chain); to an offline contact by HTTP upload, the link
 * waiting for them on the server. The Transfers view and a job follow each file.
 */
final class FileSender {

    private final FileTransferService service;
    private final RosterService roster;

    FileSender(FileTransferService service, RosterService roster) {
        this.service = service;
        this.roster = roster;
    }

    /** @return the transfers started, one per file, in order */
    List<FileTransferService.Transfer> send(ContactRef contact, List<Path> files) {
        Optional<String> resource = target(contact);
        return files.stream().map(file -> resource.isPresent()
                ? service.send(SendRequest.of(contact.accountId(), resource.get(), file))
                : service.upload(contact.accountId(), contact.bareJid(), false, file)).toList();
    }

    /** @return the full JID to send to: the chosen resource, else the first available one; empty when offline */
    private Optional<String> target(ContactRef contact) {
        if (contact.resource().isPresent()) {
            return Optional.of(contact.address());
        }
        return roster.roster(contact.accountId()).flatMap(r -> r.contact(contact.bareJid()))
                .map(Contact::resources).flatMap(rs -> rs.stream().findFirst()).map(ResourcePresence::fullJid);
    }
}
