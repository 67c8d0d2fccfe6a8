package org.causerie.core.spi;

import java.util.Objects;

import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.provider.IqProvider;

/**
 * A Smack parser for one element, offered by a {@link SmackProviderContribution}.
 * The core puts it into Smack's global {@code ProviderManager} while the
 * contribution is registered and takes it out (restoring what was there before)
 * when it goes, so no parser is left pointing into an uninstalled bundle.
 *
 * @param kind whether it parses an extension element or an IQ child element
 * @param element the element's name
 * @param namespace the element's namespace
 * @param provider the Smack provider ({@link ExtensionElementProvider} or {@link IqProvider})
 */
public record SmackProvider(Kind kind, String element, String namespace, Object provider) {

    /** What a provider parses. */
    public enum Kind {
        /** an extension element of a stanza */
        EXTENSION,
        /** the child element of an IQ */
        IQ
    }

    public SmackProvider {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(provider, "provider");
    }

    /** @return a provider of stanza extension elements */
    public static SmackProvider extension(String element, String namespace, ExtensionElementProvider<?> provider) {
        return new SmackProvider(Kind.EXTENSION, element, namespace, provider);
    }

    /** @return a provider of IQ child elements */
    public static SmackProvider iq(String element, String namespace, IqProvider<?> provider) {
        return new SmackProvider(Kind.IQ, element, namespace, provider);
    }
}
