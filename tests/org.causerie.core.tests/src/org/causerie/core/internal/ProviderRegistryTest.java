package org.causerie.core.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.causerie.core.spi.SmackProvider;
import org.causerie.core.spi.SmackProviderContribution;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Contributed parsers shadow what was there and give it back, in any order of leaving. */
class ProviderRegistryTest {

    private static final String NS = "urn:causerie:test:providers:0";

    @BeforeAll
    static void smack() {
        SmackBootstrap.ensureStarted();
    }

    @Test
    void aParserOfSmackComesBackWhenTheContributionsLeaveInAnyOrder() {
        // XEP-0224's element has a parser in smack-extensions
        Object smack = ProviderManager.getExtensionProvider("attention", "urn:xmpp:attention:0");
        ProviderRegistry registry = new ProviderRegistry();
        Contribution first = new Contribution("attention", "urn:xmpp:attention:0");
        Contribution second = new Contribution("attention", "urn:xmpp:attention:0");
        registry.add(first);
        assertSame(first.parser, ProviderManager.getExtensionProvider("attention", "urn:xmpp:attention:0"));
        registry.add(second);
        assertSame(second.parser, ProviderManager.getExtensionProvider("attention", "urn:xmpp:attention:0"));
        registry.remove(second);
        assertSame(first.parser, ProviderManager.getExtensionProvider("attention", "urn:xmpp:attention:0"));
        registry.add(second);
        registry.remove(first);
        assertSame(second.parser, ProviderManager.getExtensionProvider("attention", "urn:xmpp:attention:0"));
        registry.remove(second);
        assertSame(smack, ProviderManager.getExtensionProvider("attention", "urn:xmpp:attention:0"));
    }

    @Test
    void aNewElementIsUnknownAgainAfterwards() {
        ProviderRegistry registry = new ProviderRegistry();
        Contribution only = new Contribution("thing", NS);
        registry.add(only);
        assertSame(only.parser, ProviderManager.getExtensionProvider("thing", NS));
        registry.remove(only);
        assertNull(ProviderManager.getExtensionProvider("thing", NS));
        registry.remove(only); // twice: nothing happens
        assertNull(ProviderManager.getExtensionProvider("thing", NS));
    }

    private static final class Contribution implements SmackProviderContribution {
        final ExtensionElementProvider<StandardExtensionElement> parser = new ExtensionElementProvider<>() {
            @Override
            public StandardExtensionElement parse(XmlPullParser parser, int initialDepth, XmlEnvironment environment) {
                return StandardExtensionElement.builder("x", NS).build();
            }
        };
        private final String element;
        private final String namespace;

        Contribution(String element, String namespace) {
            this.element = element;
            this.namespace = namespace;
        }

        @Override
        public List<SmackProvider> providers() {
            return List.of(SmackProvider.extension(element, namespace, parser));
        }
    }
}
