package org.causerie.core;

import java.time.Instant;

/**
 * What the user needs to decide whether to trust a server certificate.
 *
 * @param sha256 SHA-256 of the DER-encoded leaf certificate, lowercase hex
 * @param subject subject distinguished name
 * @param issuer issuer distinguished name
 * @param notAfter end of validity
 */
public record CertificateInfo(String sha256, String subject, String issuer, Instant notAfter) {

    /** @return the fingerprint as colon-separated uppercase pairs, as users compare them */
    public String displayFingerprint() {
        StringBuilder out = new StringBuilder(sha256.length() * 3 / 2);
        for (int i = 0; i < sha256.length(); i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(sha256, i, i + 2);
        }
        return out.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
