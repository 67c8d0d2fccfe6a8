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
 * is added, or updated when a previous demo left it (the demo server's ports and
 * certificate are new on every run), trusting the server's certificate and
 * connecting at start-up. Does nothing without the property.
 */
public final class DemoAccounts {

    /** System property naming the demo server's properties file. */
    public static final String PROPERTY = "causerie.demo";

    private static final Logger LOG = System.getLogger(DemoAccounts.class.getName());

    private DemoAccounts() {
    }

    /** Adds the demo server's accounts, or points the ones from an earlier run at this server. */
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
        for (String entry : demo.getProperty("accounts", "").split(",")) {
            String jid = entry.strip();
            if (jid.isEmpty()) {
                continue;
            }
            Account.Builder account = accounts.accounts().stream().filter(a -> a.jid().equals(jid)).findFirst()
                    .map(Account::toBuilder).orElseGet(() -> Account.builder(jid).resource("causerie-demo"));
            account.host(demo.getProperty("host")).port(Integer.parseInt(demo.getProperty("port", "0")))
                    .pinnedCertificate(demo.getProperty("fingerprint")).autoConnect(true);
            accounts.save(account.build(), demo.getProperty("password." + jid, "").toCharArray());
        }
    }
}
