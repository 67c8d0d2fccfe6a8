package org.causerie.testing;

import java.util.Objects;

/**
 * A registered account on the test server.
 *
 * @param user     the local part (user name)
 * @param password the password
 * @param jid      the bare JID, {@code user@localhost}
 */
public record TestAccount(String user, String password, String jid) {

    /** Checks that no component is null. */
    public TestAccount {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(jid, "jid");
    }

    /** Leaves the password out, so that it does not end up in test reports. */
    @Override
    public String toString() {
        return "TestAccount[" + jid + "]";
    }
}
