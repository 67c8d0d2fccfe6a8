package org.causerie.ui;

import java.util.Objects;
import java.util.Optional;

/**
 * The roster entry an action applies to.
 *
 * @param accountId the account whose roster holds the contact
 * @param bareJid the contact's bare JID
 * @param resource the resource chosen, when the action targets one (e.g. file transfer)
 */
public record ContactRef(String accountId, String bareJid, Optional<String> resource) {

    public ContactRef {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(bareJid, "bareJid");
        Objects.requireNonNull(resource, "resource");
    }

    /** @return the full JID when a resource is chosen, else the bare JID */
    public String address() {
        return resource.map(r -> bareJid + "/" + r).orElse(bareJid);
    }
}
