package org.causerie.example.attention.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;

/**
 * The buzzes this client sent, so that the chat panel can say "You buzzed bob
 * at 18:42". Shared by the roster action and the panels.
 */
@Component(service = SentBuzzes.class)
public final class SentBuzzes {

    /** A buzz sent: from which account, to whom (bare or full JID), when. */
    public record Sent(String accountId, String to, Instant at) {

        /** @return the recipient's bare JID */
        public String bareTo() {
            int slash = to.indexOf('/');
            return slash < 0 ? to : to.substring(0, slash);
        }
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Consumer<Sent>> listeners = new CopyOnWriteArrayList<>();

    void sent(String accountId, String to) {
        Sent buzz = new Sent(accountId, to, Instant.now());
        sent.add(buzz);
        listeners.forEach(l -> l.accept(buzz));
    }

    Optional<Sent> last(String accountId, String bareJid) {
        return sent.stream().filter(s -> s.accountId().equals(accountId) && s.bareTo().equals(bareJid))
                .reduce((a, b) -> b);
    }

    void addListener(Consumer<Sent> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<Sent> listener) {
        listeners.remove(listener);
    }
}
