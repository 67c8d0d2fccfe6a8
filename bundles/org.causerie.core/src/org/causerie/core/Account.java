package org.causerie.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A configured XMPP account: everything needed to connect except the password,
 * which lives only in secure storage.
 *
 * @param id stable identifier of this account in the store
 * @param jid bare JID, {@code user@domain}
 * @param host server host override (skips DNS SRV lookup), empty for the domain's own
 * @param port server port override, empty for 5222 or the SRV record's port
 * @param resource resource to bind
 * @param priority presence priority, -128..127 (RFC 6121 §4.7.2.3)
 * @param tlsPolicy how TLS is used
 * @param autoConnect connect when the workbench starts
 * @param pinnedCertificate SHA-256 fingerprint (lowercase hex) of a certificate the
 *        user chose to trust for this account although it does not validate
 */
public record Account(String id, String jid, Optional<String> host, OptionalInt port, String resource,
        int priority, TlsPolicy tlsPolicy, boolean autoConnect, Optional<String> pinnedCertificate) {

    /** The resource used when none is given. */
    public static final String DEFAULT_RESOURCE = "causerie";

    public Account {
        Objects.requireNonNull(id, "id");
        Jids.requireBareJid(jid);
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(tlsPolicy, "tlsPolicy");
        Objects.requireNonNull(pinnedCertificate, "pinnedCertificate");
        if (resource == null || resource.isBlank()) {
            resource = DEFAULT_RESOURCE;
        }
        OwnPresence.checkPriority(priority);
        port.ifPresent(p -> {
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("port out of range: " + p);
            }
        });
        host = host.map(String::strip).filter(h -> !h.isEmpty());
    }

    /** @return a builder for an account with this JID and default settings */
    public static Builder builder(String jid) {
        return new Builder(jid);
    }

    /** @return a builder starting from this account's values */
    public Builder toBuilder() {
        return new Builder(jid).id(id).host(host.orElse(null)).port(port.isPresent() ? port.getAsInt() : 0)
                .resource(resource).priority(priority).tlsPolicy(tlsPolicy).autoConnect(autoConnect)
                .pinnedCertificate(pinnedCertificate.orElse(null));
    }

    /** @return the local part of the JID */
    public String localpart() {
        return jid.substring(0, jid.indexOf('@'));
    }

    /** @return the domain part of the JID */
    public String domain() {
        return jid.substring(jid.indexOf('@') + 1);
    }

    /** Builds {@link Account}s; unset values take the defaults. */
    public static final class Builder {
        private String id;
        private final String jid;
        private String host;
        private int port;
        private String resource = DEFAULT_RESOURCE;
        private int priority;
        private TlsPolicy tlsPolicy = TlsPolicy.REQUIRED;
        private boolean autoConnect;
        private String pinnedCertificate;

        Builder(String jid) {
            this.jid = jid;
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /** @param value port, or 0 for none */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder resource(String value) {
            this.resource = value;
            return this;
        }

        public Builder priority(int value) {
            this.priority = value;
            return this;
        }

        public Builder tlsPolicy(TlsPolicy value) {
            this.tlsPolicy = value;
            return this;
        }

        public Builder autoConnect(boolean value) {
            this.autoConnect = value;
            return this;
        }

        public Builder pinnedCertificate(String sha256) {
            this.pinnedCertificate = sha256;
            return this;
        }

        public Account build() {
            String theId = id != null ? id : java.util.UUID.randomUUID().toString();
            return new Account(theId, jid, Optional.ofNullable(host),
                    port == 0 ? OptionalInt.empty() : OptionalInt.of(port), resource, priority, tlsPolicy,
                    autoConnect, Optional.ofNullable(pinnedCertificate).map(Jids::normalizeFingerprint));
        }
    }
}
