package org.causerie.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.causerie.core.AccountService;
import org.causerie.core.XmppSession;
import org.causerie.core.spi.SmackSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.causerie.testing.sessions.Sessions;
import org.jivesoftware.smack.AbstractXMPPConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a plugin gets from Causerie's services does not hand out a password
 * (docs/plugins.md, "What a plugin can reach").
 */
@ExtendWith(EjabberdExtension.class)
class PasswordReachTest {

    @Test
    void theSessionsConnectionDoesNotCarryThePassword(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        XmppSession session = Sessions.connect(server, alice);
        try {
            var connection = (AbstractXMPPConnection) ((SmackSession) session).connection();
            assertNull(connection.getConfiguration().getPassword());
            assertEquals(alice.jid().substring(0, alice.jid().indexOf('@')),
                    connection.getConfiguration().getUsername().toString());
            assertFalse(connection.toString().contains(alice.password()));
        } finally {
            Sessions.disconnect(session);
        }
    }

    @Test
    void noServiceMethodReturnsAPassword() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : List.of(AccountService.class, XmppSession.class, SmackSession.class)) {
            for (Method method : type.getMethods()) {
                boolean aboutPasswords = method.getName().toLowerCase(java.util.Locale.ROOT).contains("password");
                Class<?> returned = method.getReturnType();
                if (aboutPasswords && returned != boolean.class && returned != void.class
                        && !java.util.concurrent.CompletableFuture.class.isAssignableFrom(returned)) {
                    leaks.add(type.getSimpleName() + "." + method.getName());
                }
                if (returned == char[].class) {
                    leaks.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), leaks);
    }
}
