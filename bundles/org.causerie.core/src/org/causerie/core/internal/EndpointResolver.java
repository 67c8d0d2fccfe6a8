package org.causerie.core.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

import org.causerie.core.Account;

/**
 * Finds the server of an account (RFC 6120 §3.2): the host override, else the
 * {@code _xmpp-client._tcp} SRV records of the domain, else the domain itself on
 * 5222. Host names go through the system resolver, which reads /etc/hosts (Smack's
 * MiniDNS does not). We resolve ourselves so an unknown host is reported as such
 * and Smack never does its own lookup.
 */
final class EndpointResolver {

    static final int DEFAULT_PORT = 5222;

    private EndpointResolver() {
    }

    static Endpoint resolve(Account account) throws UnknownHostException {
        int port = account.port().orElse(DEFAULT_PORT);
        if (account.host().isPresent()) {
            return new Endpoint(InetAddress.getByName(account.host().get()), port);
        }
        for (SrvRecord srv : srvRecords(account.domain())) {
            try {
                int srvPort = account.port().isPresent() ? port : srv.port();
                return new Endpoint(InetAddress.getByName(srv.target()), srvPort);
            } catch (UnknownHostException e) {
                // try the next record (RFC 6120 §3.2.1 step 9)
            }
        }
        return new Endpoint(InetAddress.getByName(account.domain()), port);
    }

    private record SrvRecord(int priority, int weight, int port, String target) {
    }

    private static List<SrvRecord> srvRecords(String domain) {
        List<SrvRecord> records = new ArrayList<>();
        if (domain.equals("localhost") || domain.indexOf('.') < 0 || Character.isDigit(domain.charAt(0))) {
            return records;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JNDI finds its DNS provider through the context class loader; inside OSGi
        // that is a bundle loader which cannot see jdk.naming.dns.
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            Hashtable<String, String> env = new Hashtable<>();
            env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
            env.put("com.sun.jndi.dns.timeout.initial", "1500");
            env.put("com.sun.jndi.dns.timeout.retries", "2");
            DirContext context = new InitialDirContext(env);
            try {
                Attribute srv = context.getAttributes("_xmpp-client._tcp." + domain, new String[] {"SRV"})
                        .get("SRV");
                if (srv != null) {
                    NamingEnumeration<?> values = srv.getAll();
                    while (values.hasMore()) {
                        String[] parts = values.next().toString().trim().split("\\s+");
                        if (parts.length == 4 && !parts[3].equals(".")) {
                            records.add(new SrvRecord(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                                    Integer.parseInt(parts[2]), stripDot(parts[3])));
                        }
                    }
                }
            } finally {
                context.close();
            }
        } catch (NamingException | NumberFormatException e) {
            // no SRV records: fall back to the domain itself (RFC 6120 §3.2.2)
        } finally {
            thread.setContextClassLoader(previous);
        }
        records.sort(Comparator.comparingInt(SrvRecord::priority).thenComparing(
                Comparator.comparingInt(SrvRecord::weight).reversed()));
        return records;
    }

    private static String stripDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
