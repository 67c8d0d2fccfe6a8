package org.causerie.cli.internal;

import java.io.PrintStream;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.causerie.core.Account;
import org.causerie.core.CertificateInfo;
import org.causerie.core.ConnectionError;
import org.causerie.core.ConnectionException;
import org.causerie.core.RegistrationException;

/** Turns a failure into one line on standard error and an exit code. */
public final class Failures {

    /** Prefix of every message, as Unix tools do. */
    public static final String PREFIX = "causerie-cli: ";

    private Failures() {
    }

    /**
     * @param failure what went wrong
     * @param account the account in use
     * @param err where the message goes
     * @return the exit code
     */
    public static ExitCode report(Throwable failure, Account account, PrintStream err) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ConnectionException connection) {
            return connectionFailed(connection.error(), account, err);
        }
        if (cause instanceof RegistrationException refused) {
            String why = "conflict".equals(refused.condition()) ? " (the name is taken)" : "";
            err.println(PREFIX + "the server refused to register " + account.jid() + ": " + refused.getMessage() + why);
            return ExitCode.REGISTRATION_REFUSED;
        }
        if (cause instanceof TimeoutException) {
            err.println(PREFIX + "no answer from the server for " + account.jid() + " within "
                    + Invocation.NETWORK_TIMEOUT.toSeconds() + " s");
            return ExitCode.UNREACHABLE;
        }
        err.println(PREFIX + "failed: " + oneLine(cause));
        return ExitCode.OTHER;
    }

    private static ExitCode connectionFailed(ConnectionError error, Account account, PrintStream err) {
        String server = account.host().orElse(account.domain()) + account.port().stream()
                .mapToObj(p -> ":" + p).findFirst().orElse("");
        String detail = error.detail().isEmpty() ? "" : " (" + oneLine(error.detail()) + ")";
        switch (error.kind()) {
            case WRONG_PASSWORD -> {
                err.println(PREFIX + "wrong password for " + account.jid());
                return ExitCode.WRONG_PASSWORD;
            }
            case UNTRUSTED_CERTIFICATE -> {
                err.println(PREFIX + untrusted(server, error));
                return ExitCode.UNTRUSTED_CERTIFICATE;
            }
            case UNKNOWN_HOST -> {
                err.println(PREFIX + "unknown host " + account.host().orElse(account.domain()) + detail);
                return ExitCode.UNREACHABLE;
            }
            case CONNECTION_REFUSED -> {
                err.println(PREFIX + "connection refused by " + server);
                return ExitCode.UNREACHABLE;
            }
            case TIMEOUT -> {
                err.println(PREFIX + "no answer from " + server + detail);
                return ExitCode.UNREACHABLE;
            }
            case TLS_NOT_SUPPORTED -> {
                err.println(PREFIX + server + " does not offer TLS (STARTTLS); use --tls if-possible only on a"
                        + " network you trust");
                return ExitCode.TLS;
            }
            case TLS_FAILURE -> {
                err.println(PREFIX + "TLS handshake with " + server + " failed" + detail);
                return ExitCode.TLS;
            }
            default -> {
                err.println(PREFIX + "connection to " + server + " failed: " + error.kind() + detail);
                return ExitCode.OTHER;
            }
        }
    }

    private static String untrusted(String server, ConnectionError error) {
        if (error.certificate().isEmpty()) {
            return "the certificate of " + server + " is not trusted";
        }
        CertificateInfo certificate = error.certificate().get();
        return "the certificate of " + server + " is not trusted (subject " + certificate.subject()
                + ", SHA-256 " + certificate.displayFingerprint() + "); if you trust it, run again with --trust "
                + certificate.sha256();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String oneLine(Object text) {
        return String.valueOf(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
