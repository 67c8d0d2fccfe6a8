package org.causerie.core.tests;

import static org.causerie.core.tests.CoreFixture.accounts;
import static org.causerie.core.tests.CoreFixture.await;
import static org.causerie.core.tests.CoreFixture.connect;
import static org.causerie.core.tests.CoreFixture.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.causerie.core.Account;
import org.causerie.core.ConnectionError.Kind;
import org.causerie.core.ConnectionState;
import org.causerie.core.RegistrationException;
import org.causerie.core.XmppSession;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** XEP-0077: create an account in band, refuse a taken name, change the password. */
@ExtendWith(EjabberdExtension.class)
class RegistrationTest {

    @Test
    void registerLoginChangePassword(EjabberdServer server) throws Exception {
        String user = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = Account.builder(user + "@" + server.domain()).host(server.host()).port(server.c2sPort())
                .pinnedCertificate(server.certificateSha256()).build();

        await(accounts().register(account, "first-secret".toCharArray()));

        ExecutionException taken = assertThrows(ExecutionException.class,
                () -> accounts().register(account, "other".toCharArray()).get(30, TimeUnit.SECONDS));
        RegistrationException refused = assertInstanceOf(RegistrationException.class, taken.getCause());
        assertEquals("conflict", refused.condition());

        XmppSession session = connect(account, "first-secret");
        await(session.changePassword("second-secret".toCharArray()));
        await(accounts().disconnect(account.id()));

        failure(accounts().connect(account, "first-secret".toCharArray()), Kind.WRONG_PASSWORD);
        assertEquals(ConnectionState.CONNECTED, connect(account, "second-secret").state());
        await(accounts().disconnect(account.id()));
    }
}
