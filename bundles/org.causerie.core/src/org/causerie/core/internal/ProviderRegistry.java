package org.causerie.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causerie.core.spi.SmackProvider;
import org.causerie.core.spi.SmackProviderContribution;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.iqrequest.IQRequestHandler;
import org.jivesoftware.smack.provider.ProviderManager;

/**
 * Puts contributed Smack providers into Smack's global {@link ProviderManager}
 * and takes them out again. Smack keeps one provider per element: a contribution
 * shadows what was there (often Smack's own parser); when it leaves, the provider
 * of the contribution registered before it, or else the original one, comes back.
 * IQ request handlers are registered per connection. Callers synchronise (the
 * feature registry holds its lock).
 */
final class ProviderRegistry {

    private record Key(SmackProvider.Kind kind, String element, String namespace) {
    }

    private record Layer(SmackProviderContribution owner, Object provider) {
    }

    /** Per element: the provider Smack had before any contribution, and the contributed ones, oldest first. */
    private final Map<Key, Optional<Object>> originals = new HashMap<>();
    private final Map<Key, List<Layer>> layers = new HashMap<>();

    void add(SmackProviderContribution contribution) {
        for (SmackProvider provider : contribution.providers()) {
            Key key = new Key(provider.kind(), provider.element(), provider.namespace());
            originals.computeIfAbsent(key, ProviderRegistry::current);
            layers.computeIfAbsent(key, k -> new ArrayList<>()).add(new Layer(contribution, provider.provider()));
            put(key, provider.provider());
        }
    }

    void remove(SmackProviderContribution contribution) {
        for (SmackProvider provider : contribution.providers()) {
            Key key = new Key(provider.kind(), provider.element(), provider.namespace());
            List<Layer> stack = layers.get(key);
            if (stack == null || !stack.removeIf(layer -> layer.owner() == contribution)) {
                continue;
            }
            if (!stack.isEmpty()) {
                put(key, stack.get(stack.size() - 1).provider());
                continue;
            }
            layers.remove(key);
            Optional<Object> original = originals.remove(key);
            if (original != null && original.isPresent()) {
                put(key, original.get());
            } else {
                drop(key);
            }
        }
    }

    static void join(SmackProviderContribution contribution, XMPPConnection connection) {
        for (IQRequestHandler handler : contribution.iqRequestHandlers()) {
            connection.registerIQRequestHandler(handler);
        }
    }

    static void leave(SmackProviderContribution contribution, XMPPConnection connection) {
        for (IQRequestHandler handler : contribution.iqRequestHandlers()) {
            IQRequestHandler registered = connection.unregisterIQRequestHandler(handler.getElement(),
                    handler.getNamespace(), handler.getType());
            if (registered != null && registered != handler) {
                // Someone else's handler for the same request: it stays.
                connection.registerIQRequestHandler(registered);
            }
        }
    }

    private static Optional<Object> current(Key key) {
        return Optional.ofNullable(switch (key.kind()) {
            case EXTENSION -> ProviderManager.getExtensionProvider(key.element(), key.namespace());
            case IQ -> ProviderManager.getIQProvider(key.element(), key.namespace());
        });
    }

    private static void put(Key key, Object provider) {
        switch (key.kind()) {
            case EXTENSION -> ProviderManager.addExtensionProvider(key.element(), key.namespace(), provider);
            case IQ -> ProviderManager.addIQProvider(key.element(), key.namespace(), provider);
        }
    }

    private static void drop(Key key) {
        switch (key.kind()) {
            case EXTENSION -> ProviderManager.removeExtensionProvider(key.element(), key.namespace());
            case IQ -> ProviderManager.removeIQProvider(key.element(), key.namespace());
        }
    }
}
