package org.causerie.core.spi;

import java.util.List;

import org.jivesoftware.smack.iqrequest.IQRequestHandler;

/**
 * Implemented by an {@link org.causerie.core.XepContribution} that brings Smack
 * parsers or IQ request handlers. The core registers them when the contribution
 * arrives and removes them when it leaves (its bundle stopped, disabled or
 * uninstalled): providers in Smack's global registry, with the provider that was
 * there before put back; IQ request handlers on every session, present and
 * future. A plugin never touches {@code ProviderManager} itself.
 */
public interface SmackProviderContribution {

    /** @return the parsers to register while the contribution is active */
    default List<SmackProvider> providers() {
        return List.of();
    }

    /** @return the IQ request handlers to register on every session while it is active */
    default List<IQRequestHandler> iqRequestHandlers() {
        return List.of();
    }
}
