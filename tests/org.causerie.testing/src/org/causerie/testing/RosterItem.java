package org.causerie.testing;

/**
 * One item of a user's roster, for {@link ServerRosters#addItems}.
 *
 * @param owner whose roster gets it (local user name or bare JID at {@value EjabberdServer#DOMAIN})
 * @param contact the contact (local user name or bare JID at {@value EjabberdServer#DOMAIN}; need not exist)
 * @param nick the nickname, "" for none
 * @param group one group, "" for none
 * @param subscription "none", "to", "from" or "both"
 */
public record RosterItem(String owner, String contact, String nick, String group, String subscription) {
}
