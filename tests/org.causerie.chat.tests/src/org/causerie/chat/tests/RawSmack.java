package org.causerie.chat.tests;

import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import javax.net.ssl.X509TrustManager;

import org.causerie.testing.EjabberdServer;
import org.causerie.testing.TestAccount;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;

/** A plain Smack connection, outside Causerie's services, for comparison figures. */
final class RawSmack {

    private RawSmack() {
    }

    static XMPPTCPConnection connect(EjabberdServer server, TestAccount user) throws Exception {
        String pinned = server.certificateSha256().replace(":", "").toLowerCase(java.util.Locale.ROOT);
        X509TrustManager trust = new X509TrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                try {
                    String seen = HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()));
                    if (!seen.equals(pinned)) {
                        throw new CertificateException("not the harness's certificate");
                    }
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new CertificateException(e);
                }
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("no client certificates");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        XMPPTCPConnection connection = new XMPPTCPConnection(XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(server.domain()).setHostAddress(java.net.InetAddress.getByName(server.host())).setPort(server.c2sPort())
                .setUsernameAndPassword(user.user(), user.password()).setResource("raw")
                .setCustomX509TrustManager(trust).setHostnameVerifier((host, session) -> true).build());
        connection.setUseStreamManagement(true);
        connection.connect().login();
        return connection;
    }
}
