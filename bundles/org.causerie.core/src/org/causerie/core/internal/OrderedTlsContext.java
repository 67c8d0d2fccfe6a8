package org.causerie.core.internal;

import java.security.KeyManagementException;
import java.security.SecureRandom;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * A TLS context whose client sockets and engines offer the cipher suites in
 * {@link CipherSuites#chaChaFirst} order. Smack cannot do it: it passes enabled
 * suites through a hash set, which loses their order.
 */
final class OrderedTlsContext extends SSLContext {

    private OrderedTlsContext(Spi spi, SSLContext real) {
        super(spi, real.getProvider(), real.getProtocol());
    }

    /** @return a new context over the JDK's "TLS" one, to be initialised like any other */
    static SSLContext create() {
        try {
            SSLContext real = SSLContext.getInstance("TLS");
            return new OrderedTlsContext(new Spi(real), real);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no TLS", e);
        }
    }

    private static final class Spi extends SSLContextSpi {

        private final SSLContext real;
        private String[] order = new String[0];

        Spi(SSLContext real) {
            this.real = real;
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random)
                throws KeyManagementException {
            real.init(keys, trust, random);
            order = CipherSuites.chaChaFirst(real.getDefaultSSLParameters().getCipherSuites());
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return new OrderedSocketFactory(real.getSocketFactory(), order);
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return real.getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return ordered(real.createSSLEngine());
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return ordered(real.createSSLEngine(host, port));
        }

        private SSLEngine ordered(SSLEngine engine) {
            engine.setEnabledCipherSuites(order);
            return engine;
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return real.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return real.getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            SSLParameters parameters = real.getDefaultSSLParameters();
            parameters.setCipherSuites(order);
            return parameters;
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return real.getSupportedSSLParameters();
        }
    }
}
