package org.causerie.core;

import java.util.Set;

/**
 * The extension point for protocol plugins: a DS component registering this
 * service adds disco features (XEP-0030) to every session, and entity
 * capabilities (XEP-0115) are recomputed and re-announced. When the service goes
 * away the features go with it. Smack providers are global: register them in the
 * component's activate and remove them in its deactivate.
 *
 * <p>Implementations that need the connection implement
 * {@link org.causerie.core.spi.SmackSessionParticipant} as well.
 */
public interface XepContribution {

    /** @return the XEP numbers this contribution implements, e.g. "XEP-0224" */
    Set<String> xeps();

    /** @return the disco feature namespaces to advertise while this contribution is active */
    Set<String> discoFeatures();
}
