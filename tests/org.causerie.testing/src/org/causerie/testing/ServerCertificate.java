package org.causerie.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * A self-signed certificate for {@code localhost} (SAN DNS:localhost, IP:127.0.0.1)
 * made with openssl.
 *
 * @param certificatePem the certificate alone (PEM), loadable by {@link CertificateFactory}
 * @param serverPem      certificate followed by its unencrypted private key, for ejabberd
 * @param sha256         SHA-256 of the DER certificate, lowercase hex without colons
 */
record ServerCertificate(Path certificatePem, Path serverPem, String sha256) {

    /** Generates a new key pair and certificate in {@code dir}, replacing any earlier one. */
    static ServerCertificate generate(Path openssl, Path dir) {
        Path cert = dir.resolve("certificate.pem");
        Path key = privateKey(dir);
        Path server = dir.resolve("server.pem");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        Commands.run(List.of(openssl.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-keyout", key.toString(), "-out", cert.toString(), "-days", "3650",
                "-subj", "/CN=" + EjabberdServer.DOMAIN,
                "-addext", "subjectAltName=DNS:" + EjabberdServer.DOMAIN + ",IP:" + EjabberdServer.HOST),
                dir, Duration.ofSeconds(60)).orThrow();
        try {
            Files.writeString(server, Files.readString(cert) + Files.readString(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + server, e);
        }
        return new ServerCertificate(cert, server, fingerprint(cert));
    }

    /** @return where {@link #generate} puts the unencrypted private key (PEM) in {@code dir} */
    static Path privateKey(Path dir) {
        return dir.resolve("private-key.pem");
    }

    /** @return SHA-256 of the DER encoding of the first certificate in {@code pem}, lowercase hex */
    static String fingerprint(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(in);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new EjabberdException("not a certificate: " + pem, e);
        }
    }
}
