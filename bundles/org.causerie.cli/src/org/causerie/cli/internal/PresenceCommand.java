package org.causerie.cli.internal;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.causerie.core.OwnPresence;
import org.causerie.core.PresenceMode;

/**
 * {@code presence MODE [--status TEXT] [--priority N] [--hold S]}: broadcasts a
 * presence, then stays connected for the hold time (or until SIGTERM).
 */
final class PresenceCommand implements Command {

    @Override
    public ExitCode run(Invocation invocation, char[] password) throws Exception {
        Options options = invocation.options();
        if (options.arguments().size() != 1) {
            throw new UsageException("presence needs one mode: available, chat, away, xa, dnd or invisible");
        }
        PresenceMode mode = mode(options.arguments().get(0));
        int priority = options.priority().orElse(invocation.account().priority());
        OwnPresence presence = new OwnPresence(mode, options.status().orElse(""), priority);
        // Announced as the first presence: contacts never see a passing "available".
        try (TransientSession connected = TransientSession.open(invocation, password, presence)) {
            // a request answered after the presence: the server has handled it (RFC 6120 §10.1)
            TransientSession.await(connected.session().discoverFeatures(invocation.account().domain()),
                    Invocation.NETWORK_TIMEOUT);
            if (!options.hold().isZero()) {
                invocation.stop().await(options.hold().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return ExitCode.OK;
    }

    private static PresenceMode mode(String name) throws UsageException {
        try {
            return PresenceMode.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown presence mode '" + name
                    + "': use available, chat, away, xa, dnd or invisible");
        }
    }
}
