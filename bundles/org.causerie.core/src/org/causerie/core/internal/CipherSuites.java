package org.causerie.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which Causerie offers TLS cipher suites: the JDK's own list, with
 * each ChaCha20-Poly1305 suite moved just before the first suite of its key
 * exchange. Nothing is added or removed.
 * <p>
 * Why: the product's JVM compiles with C1 only (memory), and without C2's
 * intrinsics JCE's AES-GCM decrypts at about 40 MB/s on this project's machine
 * while ChaCha20-Poly1305 runs at about 160 MB/s. Both are TLS 1.3 AEAD ciphers of
 * the same strength. Servers that follow the client's order (OpenSSL's default,
 * ejabberd without {@code cipher_server_preference}) then choose ChaCha20; the
 * others choose as before. A user who sets {@code jdk.tls.client.cipherSuites}
 * keeps their own order.
 */
public final class CipherSuites {

    static final String USER_ORDER = "jdk.tls.client.cipherSuites";

    private CipherSuites() {
    }

    /** @return whether Causerie orders the suites: not when the user set their own order */
    static boolean ours() {
        return System.getProperty(USER_ORDER) == null;
    }

    /**
     * @param suites cipher suites in preference order
     * @return the same suites, each ChaCha20-Poly1305 one just before the first of its key exchange
     */
    public static String[] chaChaFirst(String[] suites) {
        List<String> all = List.of(suites);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < suites.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> rank(all, i)));
        return order.stream().map(all::get).toArray(String[]::new);
    }

    private static double rank(List<String> suites, int index) {
        String suite = suites.get(index);
        if (!suite.contains("_CHACHA20_POLY1305_")) {
            return index;
        }
        String exchange = keyExchange(suite);
        for (int i = 0; i < index; i++) {
            if (keyExchange(suites.get(i)).equals(exchange)) {
                return i - 0.5;
            }
        }
        return index;
    }

    /** @return the key exchange part ({@code TLS_ECDHE_RSA}), or {@code TLS} for TLS 1.3 suites, which name none */
    private static String keyExchange(String suite) {
        int with = suite.indexOf("_WITH_");
        return with < 0 ? "TLS" : suite.substring(0, with);
    }
}
