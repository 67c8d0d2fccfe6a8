package org.causerie.muc.internal;

import org.causerie.core.spi.SmackRuntime;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.util.PacketParserUtils;

/** Stanzas from literal XML, parsed by Smack with this bundle's providers in place. */
final class Xml {

    private static final Providers PROVIDERS = new Providers();

    private Xml() {
    }

    static <S extends Stanza> S stanza(String xml) {
        SmackRuntime.start();
        synchronized (PROVIDERS) {
            PROVIDERS.register();
        }
        try {
            return PacketParserUtils.parseStanza(xml);
        } catch (Exception e) {
            throw new AssertionError("cannot parse " + xml, e);
        }
    }
}
