package org.causerie.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.causerie.core.Account;
import org.causerie.core.CertificateInfo;
import org.causerie.core.TlsPolicy;
import org.junit.jupiter.api.Test;

class AccountModelTest {

    @Test
    void defaultsAreSafe() {
        Account account = Account.builder("alice@example.org").build();
        assertEquals(TlsPolicy.REQUIRED, account.tlsPolicy());
        assertEquals(Account.DEFAULT_RESOURCE, account.resource());
        assertEquals("alice", account.localpart());
        assertEquals("example.org", account.domain());
        assertEquals(account, account.toBuilder().build());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Account.builder("no-at-sign").build());
        assertThrows(IllegalArgumentException.class, () -> Account.builder("a@b/resource").build());
        assertThrows(IllegalArgumentException.class, () -> Account.builder("a b@c").build());
        assertThrows(IllegalArgumentException.class, () -> Account.builder("a@b").priority(200).build());
        assertThrows(IllegalArgumentException.class, () -> Account.builder("a@b").port(70000).build());
        assertThrows(IllegalArgumentException.class, () -> Account.builder("a@b").pinnedCertificate("xyz").build());
    }

    @Test
    void fingerprintsAreNormalisedAndShownInPairs() {
        String colons = "AB:".repeat(31) + "AB";
        Account account = Account.builder("a@b").pinnedCertificate(colons).build();
        assertEquals("ab".repeat(32), account.pinnedCertificate().orElseThrow());
        CertificateInfo info = new CertificateInfo("ab".repeat(32), "", "", java.time.Instant.EPOCH);
        assertEquals(colons, info.displayFingerprint());
    }
}
