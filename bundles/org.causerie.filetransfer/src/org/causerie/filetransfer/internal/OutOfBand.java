package org.causerie.filetransfer.internal;

import java.util.Base64;
import java.util.Optional;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smackx.hashes.HashManager;
import org.jivesoftware.smackx.hashes.element.HashElement;

/**
 * Out-of-band data (XEP-0066 §3, {@code jabber:x:oob}) and the XEP-0300 hash
 * Causerie sends beside it for an uploaded file ({@code urn:xmpp:hashes:2},
 * sha-256), so the receiver can check what it downloads.
 */
final class OutOfBand {

    static final String ELEMENT = "x";
    static final String NAMESPACE = "jabber:x:oob";
    static final String HASHES = "urn:xmpp:hashes:2";

    private OutOfBand() {
    }

    static ExtensionElement element(String url) {
        return StandardExtensionElement.builder(ELEMENT, NAMESPACE).addElement("url", url).build();
    }

    static ExtensionElement sha256(byte[] digest) {
        return new HashElement(HashManager.ALGORITHM.SHA_256, digest);
    }

    /** @return the URL of a stanza's out-of-band data */
    static Optional<String> url(Stanza stanza) {
        ExtensionElement x = stanza.getExtensionElement(ELEMENT, NAMESPACE);
        if (x instanceof StandardExtensionElement standard) {
            StandardExtensionElement url = standard.getFirstElement("url");
            return url == null ? Optional.empty() : Optional.ofNullable(url.getText()).map(String::trim)
                    .filter(u -> !u.isEmpty());
        }
        return Optional.empty();
    }

    /** @return the sha-256 digest offered beside it, when there is one */
    static Optional<byte[]> sha256(Stanza stanza) {
        for (ExtensionElement element : stanza.getExtensions("hash", HASHES)) {
            if (element instanceof HashElement hash && hash.getAlgorithm() == HashManager.ALGORITHM.SHA_256) {
                return Optional.of(hash.getHash());
            }
            if (element instanceof StandardExtensionElement standard
                    && "sha-256".equals(standard.getAttributeValue("algo")) && standard.getText() != null) {
                try {
                    return Optional.of(Base64.getDecoder().decode(standard.getText().trim()));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
