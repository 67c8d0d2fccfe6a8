package org.causerie.core.tests;

import static org.causerie.core.tests.CoreFixture.account;
import static org.causerie.core.tests.CoreFixture.accounts;
import static org.causerie.core.tests.CoreFixture.await;
import static org.causerie.core.tests.CoreFixture.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.causerie.core.Account;
import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionError.Kind;
import org.causerie.core.ConnectionState;
import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.causerie.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Trust on first use: refused, pinned, accepted; a different certificate is refused again. */
@ExtendWith(EjabberdExtension.class)
class CertificatePinningTest {

    @Test
    void pinnedCertificateIsTrustedAndADifferentOneIsRefusedAgain(EjabberdServer server) {
        TestAccount alice = TestAccounts.fresh(server, "alice");
        Account account = account(server, alice).pinnedCertificate(null).build();
        accounts().save(account, alice.password().toCharArray());
        try {
            ConnectionError refused = failure(accounts().connect(account.id()), Kind.UNTRUSTED_CERTIFICATE);
            String shown = refused.certificate().orElseThrow().sha256();
            assertEquals(server.certificateSha256(), shown);

            accounts().pinCertificate(account.id(), refused.certificate().orElseThrow().displayFingerprint());
            assertEquals(ConnectionState.CONNECTED, await(accounts().connect(account.id())).state());
            await(accounts().disconnect(account.id()));

            String replaced = server.restartWithNewCertificate();
            assertNotEquals(shown, replaced);
            ConnectionError again = failure(accounts().connect(account.id()), Kind.UNTRUSTED_CERTIFICATE);
            assertEquals(replaced, again.certificate().orElseThrow().sha256());
        } finally {
            accounts().remove(account.id());
        }
    }
}
