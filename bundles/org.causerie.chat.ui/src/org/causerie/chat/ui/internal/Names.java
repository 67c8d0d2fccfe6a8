package org.causerie.chat.ui.internal;

import java.util.Optional;

import org.causerie.chat.ConversationId;
import org.causerie.ui.text.SafeText;
import org.causerie.core.Account;
import org.causerie.core.AccountService;
import org.causerie.core.XmppSession;
import org.causerie.roster.Contact;
import org.causerie.roster.RosterService;

/**
 * How peers and accounts are named on screen: the roster's nickname when there
 * is one, else the JID; an account by its JID. Either service may be missing.
 */
public final class Names {

    private Names() {
    }

    /** @return the peer's nickname from the account's roster, else its bare JID; made safe for one line */
    public static String peer(Optional<RosterService> roster, ConversationId id) {
        Optional<String> nickname = roster.flatMap(r -> r.roster(id.accountId()))
                .flatMap(snapshot -> snapshot.contact(id.peer())).flatMap(Contact::name);
        return SafeText.oneLine(nickname.orElse(id.peer()), 100);
    }

    /** @return the account's JID (a stored account, or an unstored one while connected), else its id */
    public static String account(Optional<AccountService> accounts, String accountId) {
        return accounts.flatMap(a -> a.account(accountId).or(() -> a.session(accountId).map(XmppSession::account)))
                .map(Account::jid).orElse(accountId);
    }
}
