package org.causerie.muc;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a room's ban, member, admin or owner list (XEP-0045 §9.2, §9.5, §10.5, §10.8).
 *
 * @param jid the user's bare JID
 * @param affiliation the list it is on
 * @param nick the nickname reserved for it, if any
 * @param reason the reason recorded (bans), if any
 */
public record AffiliationItem(String jid, Affiliation affiliation, Optional<String> nick, Optional<String> reason) {

    public AffiliationItem {
        Objects.requireNonNull(jid, "jid");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(reason, "reason");
    }
}
