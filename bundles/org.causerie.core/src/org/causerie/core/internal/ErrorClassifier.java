package org.causerie.core.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;

import javax.net.ssl.SSLException;

import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionError.Kind;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StreamError;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.jivesoftware.smack.util.rce.RemoteConnectionException;

/**
 * Maps whatever Smack or the JDK threw to one of the errors a user can act on.
 * The first cause in the chain that says something specific wins.
 */
final class ErrorClassifier {

    private ErrorClassifier() {
    }

    static ConnectionError classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UntrustedCertificateException untrusted) {
                return new ConnectionError(Kind.UNTRUSTED_CERTIFICATE, untrusted.getMessage(),
                        Optional.of(untrusted.certificate()));
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Optional<ConnectionError> specific = specific(cause);
            if (specific.isPresent()) {
                return specific.get();
            }
        }
        return ConnectionError.of(Kind.OTHER, String.valueOf(failure));
    }

    private static Optional<ConnectionError> specific(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        if (cause instanceof SASLErrorException sasl) {
            String condition = sasl.getSASLFailure().getSASLErrorString();
            Kind kind = "not-authorized".equals(condition) ? Kind.WRONG_PASSWORD : Kind.OTHER;
            return Optional.of(ConnectionError.of(kind, "SASL " + condition));
        }
        if (cause instanceof SmackException.SecurityRequiredByClientException) {
            return Optional.of(ConnectionError.of(Kind.TLS_NOT_SUPPORTED, "the server does not offer STARTTLS"));
        }
        if (cause instanceof SmackException.EndpointConnectionException endpoints) {
            for (RemoteConnectionException<?> each : endpoints.getConnectionExceptions()) {
                return Optional.of(classify(each.getException()));
            }
            return Optional.of(ConnectionError.of(Kind.UNKNOWN_HOST, message));
        }
        if (cause instanceof UnknownHostException) {
            return Optional.of(ConnectionError.of(Kind.UNKNOWN_HOST, message));
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return Optional.of(ConnectionError.of(Kind.CONNECTION_REFUSED, message));
        }
        if (cause instanceof SSLException) {
            return Optional.of(ConnectionError.of(Kind.TLS_FAILURE, message));
        }
        if (cause instanceof XMPPException.StreamErrorException stream) {
            StreamError.Condition condition = stream.getStreamError().getCondition();
            Kind kind = condition == StreamError.Condition.conflict ? Kind.RESOURCE_CONFLICT : Kind.STREAM_ERROR;
            return Optional.of(ConnectionError.of(kind, "stream error " + condition));
        }
        if (cause instanceof SmackException.NoResponseException || cause instanceof SocketTimeoutException) {
            return Optional.of(ConnectionError.of(Kind.TIMEOUT, message));
        }
        if (cause instanceof java.net.SocketException || cause instanceof java.io.EOFException
                || cause instanceof org.jivesoftware.smack.xml.XmlPullParserException) {
            // reset, closed, or the stream ended mid-element: the link is gone
            return Optional.of(ConnectionError.of(Kind.CONNECTION_LOST, message));
        }
        if (cause instanceof SmackException.AlreadyConnectedException
                || cause instanceof SmackException.AlreadyLoggedInException) {
            return Optional.of(ConnectionError.of(Kind.ALREADY_CONNECTED, message));
        }
        return Optional.empty();
    }
}
