package org.causerie.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.causerie.core.Account;
import org.causerie.core.AccountService;

/**
 * Sets up the accounts of the demo server ({@code product/demo}) on start-up: when
 * the system property {@value #PROPERTY} names the properties file the demo server
 * wrote (host, port, fingerprint, accounts, password.&lt;jid&gt;), each of its accounts
 * that is not configured yet is added, trusting the server's certificate and
 * connecting at start-up. Does nothing without the property.
 */
public final class DemoAccounts {

    /** System property naming the demo server's properties file. */
    public static final String PROPERTY = "causerie.demo";

    private static final Logger LOG = System.getLogger(DemoAccounts.class.getName());

    private DemoAccounts() {
    }

    /** Adds the demo server's accounts that are missing. */
    public static void configure(AccountService accounts) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        Properties demo = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            demo.load(in);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read the demo server's settings " + file, e);
            return;
        }
        for (String jid : demo.getProperty("accounts", "").split(",")) {
            if (jid.isBlank() || accounts.accounts().stream().anyMatch(a -> a.jid().equals(jid.strip()))) {
                continue;
            }
            Account account = Account.builder(jid.strip()).host(demo.getProperty("host"))
                    .port(Integer.parseInt(demo.getProperty("port", "0")))
                    .resource("causerie-demo")
                    .pinnedCertificate(demo.getProperty("fingerprint"))
                    .autoConnect(true).build();
            accounts.save(account, demo.getProperty("password." + jid.strip(), "").toCharArray());
        }
    }
}
