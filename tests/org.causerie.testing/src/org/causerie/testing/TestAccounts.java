package org.causerie.testing;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out freshly registered accounts with unique names ({@code alice-7-3f9a2c})
 * and random passwords, so that tests never share an account by accident.
 */
public final class TestAccounts {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private TestAccounts() {
    }

    /**
     * Registers one new account named after {@code base}.
     *
     * @param server the server to register on
     * @param base   readable prefix of the user name, e.g. "alice"
     */
    public static TestAccount fresh(TestServer server, String base) {
        return freshAll(server, base).get(0);
    }

    /**
     * Registers one new account per base name, all in one batch (faster than
     * calling {@link #fresh(TestServer, String)} repeatedly).
     *
     * @return the accounts, in the order of {@code bases}
     */
    public static List<TestAccount> freshAll(TestServer server, String... bases) {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String base : bases) {
            passwords.put(uniqueName(base), randomText(20));
        }
        server.registerAll(passwords);
        return passwords.entrySet().stream()
                .map(e -> new TestAccount(e.getKey(), e.getValue(), e.getKey() + "@" + server.domain()))
                .toList();
    }

    private static String uniqueName(String base) {
        String prefix = base == null ? "" : base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return (prefix.isEmpty() ? "user" : prefix) + "-" + COUNTER.incrementAndGet() + "-"
                + randomText(6).toLowerCase(Locale.ROOT);
    }

    private static String randomText(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
